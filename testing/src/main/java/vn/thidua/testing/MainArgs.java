package vn.thidua.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses "--name value" pairs for the Main programs. */
final class MainArgs {

    private final Map<String, String> values = new HashMap<>();

    private MainArgs() {
    }

    static MainArgs parse(String[] args, String... names) {
        MainArgs parsed = new MainArgs();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : args[i];
            if (!List.of(names).contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected or incomplete argument " + args[i]);
            }
            parsed.values.put(name, args[i + 1]);
        }
        return parsed;
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    int port(String name, int defaultPort) {
        String value = values.get(name);
        try {
            return value == null ? defaultPort : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a port number, not " + value);
        }
    }

    /** One line for the stack script's log: the deepest cause usually names the real problem. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (root != failure) {
            message += " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message.replace('\n', ' ');
    }
}
