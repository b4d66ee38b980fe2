package vn.thidua.testing;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * State that must exist once per JVM even when Quarkus loads this module in several class loaders
 * (one per application restart). It lives in system properties, as strings only, guarded by an
 * interned string literal, which is the same object in every class loader.
 */
final class JvmShared {

    static final Object LOCK = "vn.thidua.testing.jvm-lock";

    private JvmShared() {
    }

    /** Runs the action unless it already succeeded for this key in this JVM; keys live in a comma-separated property. */
    static void once(String property, String key, Runnable action) {
        synchronized (LOCK) {
            Set<String> done = new LinkedHashSet<>();
            String current = System.getProperty(property);
            if (current != null && !current.isEmpty()) {
                done.addAll(Arrays.asList(current.split(",")));
            }
            if (done.add(key)) {
                action.run();
                System.setProperty(property, String.join(",", done));
            }
        }
    }
}
