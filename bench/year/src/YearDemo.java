import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code ./stack demo}: a school year posted to the running stack the way school apps post it, printing what
 * happened. {@code --scale school} (default) is the Tràm Chim year; {@code --scale office} is 100 schools of 50
 * staff, {@code --scale province} 1,000 schools of 50 (10 offices), staff and bulk evaluations only.
 *
 * Usage: java -cp ... YearDemo ROOT [--scale school|office|province] [--parallel N] [--schools N per office]
 * [--staff N per school (office and province, default 50)] [--offices N (province, default 10)]
 * [--retry-down SECONDS] (calls wait that long for a service being restarted);
 * or YearDemo ROOT --rate R1,R2,... [--step-seconds S] (latency at a sustained rate, {@link SustainedRun}).
 */
public final class YearDemo {

    public static void main(String[] args) {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        String scale = "school";
        int parallel = 4;
        Integer schools = null;
        int offices = 10;
        int staff = 50;
        int[] rates = null;
        int stepSeconds = 20;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = value(args, ++i);
                case "--parallel" -> parallel = Integer.parseInt(value(args, ++i));
                case "--schools" -> schools = Integer.parseInt(value(args, ++i));
                case "--offices" -> offices = Integer.parseInt(value(args, ++i));
                case "--staff" -> staff = Integer.parseInt(value(args, ++i));
                case "--rate" -> rates = java.util.Arrays.stream(value(args, ++i).split(",")).mapToInt(Integer::parseInt)
                        .toArray();
                case "--step-seconds" -> stepSeconds = Integer.parseInt(value(args, ++i));
                case "--retry-down" -> Api.retryDownSeconds = Integer.parseInt(value(args, ++i));
                default -> usage("unknown argument " + args[i]);
            }
        }
        Api api = new Api(root);
        long t0 = System.nanoTime();
        try {
            api.requireRunning();
            say("%s, %s, against the stack on 127.0.0.1:8081-8083; load average %s", Instant.now(),
                    rates != null ? "sustained rate" : "scale " + scale, SustainedRun.load());
            if (rates != null) {
                new SustainedRun(api, root, rates, stepSeconds, 50, parallel).run();
            } else {
                switch (scale) {
                    case "school" -> new SchoolYearRun(api, root).run();
                    case "office" -> new ScaleRun(api, 1, schools == null ? 100 : schools, staff, parallel).run();
                    case "province" -> new ScaleRun(api, offices, schools == null ? 100 : schools, staff, parallel).run();
                    default -> usage("unknown scale " + scale);
                }
            }
            say("finished in %.1f s; load average %s; RSS %s", (System.nanoTime() - t0) / 1e9, SustainedRun.load(), rss(root));
        } catch (Api.DemoFailure e) {
            System.err.println("[demo] FAILED: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("[demo] FAILED: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage("missing value after " + args[i - 1]);
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("[demo] " + problem + "; usage: ./stack demo [--scale school|office|province] [--parallel N]"
                + " [--schools N per office] [--staff N per school] [--offices N (province)] [--retry-down SECONDS]"
                + " | ./stack demo --rate R1,R2,... [--step-seconds S] [--parallel N]");
        System.exit(2);
    }

    /** Resident memory of each service the stack started (its pid file, /proc), e.g. "plan-service 280 MB". */
    static String rss(Path root) {
        StringBuilder out = new StringBuilder();
        for (String service : new String[] {"plan-service", "evaluation-service", "award-service"}) {
            try {
                String pid = java.nio.file.Files.readString(root.resolve(".stack/run/" + service + ".pid")).strip();
                for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", pid, "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("\\D", ""));
                        out.append(out.isEmpty() ? "" : ", ").append(service).append(' ').append(kb / 1024).append(" MB");
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                out.append(out.isEmpty() ? "" : ", ").append(service).append(" unknown");
            }
        }
        return out.toString();
    }

    static void say(String format, Object... args) {
        System.out.println("[demo] " + String.format(format, args));
        System.out.flush();
    }

    /** The first school year from {@code fromYear} in which {@code school} has no plan (a school has one a year). */
    static String freeYear(Api api, String school, int fromYear) {
        Api.Caller principal = api.as("principal", school);
        for (int y = fromYear; y < fromYear + 200; y++) {
            String year = y + "-" + (y + 1);
            Api.Answer plans = principal.get(Api.PLAN + "/api/v1/plans?unit=" + school + "&schoolYear=" + year
                    + "&size=1");
            if (plans.status() != 200 || plans.body() == null || plans.body().isEmpty()) {
                return year;
            }
        }
        throw new Api.DemoFailure("no free school year for " + school + " in 200 years: use a fresh stack");
    }

    /** The cycle the published plan opened at evaluation-service (it arrives over Kafka). */
    static String awaitCycle(Api api, String school, String planId) throws InterruptedException {
        Api.Caller principal = api.as("principal", school);
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            Api.Answer cycles = principal.get(Api.EVALUATION + "/api/v1/cycles?size=500&unit=" + school);
            if (cycles.status() == 200) {
                for (JsonNode c : cycles.body()) {
                    if (planId.equals(c.path("planId").asText())) {
                        return c.path("id").asText();
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new Api.DemoFailure("plan " + planId + " opened no cycle at evaluation-service in 600 s: the plan event did "
                + "not arrive; ./stack logs evaluation-service, ./stack logs kafka");
    }

    /** The cycle's eligibility once it holds {@code staff} people; progress every 10 s. */
    static JsonNode awaitEligibility(Api api, String school, String cycle, int staff) throws InterruptedException {
        Api.Caller principal = api.as("principal", school);
        long start = System.nanoTime();
        long deadline = start + 600_000_000_000L;
        long nextSay = start + 10_000_000_000L;
        int seen = 0;
        while (System.nanoTime() < deadline) {
            Api.Answer answer = principal.get(Api.AWARD + "/api/v1/eligibility?cycle=" + cycle);
            if (answer.status() == 200 && answer.body() != null && answer.body().size() > 0) {
                JsonNode c = answer.body().get(0);
                // staff is one page (500 at most); staffTotal counts them all.
                seen = c.path("staffTotal").asInt(c.path("staff").size());
                if (seen >= staff) {
                    return c;
                }
            }
            if (System.nanoTime() > nextSay) {
                say("  … eligibility of %d of %d staff after %d s", seen, staff, (System.nanoTime() - start) / 1_000_000_000L);
                nextSay += 10_000_000_000L;
            }
            Thread.sleep(200);
        }
        throw new Api.DemoFailure("eligibility of cycle " + cycle + " has " + seen + " of " + staff + " staff after 600 s: "
                + "./stack logs award-service");
    }

    /** The office's report once it counts {@code rated} ratings and {@code awards} decided titles; the last answer after 60 s. */
    static JsonNode awaitReport(Api api, String office, String school, String year, int rated, int awards)
            throws InterruptedException {
        Api.Caller district = api.as("district", office);
        JsonNode last = null;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Api.Answer answer = district.get(Api.AWARD + "/api/v1/reports?unit=" + school + "&schoolYear=" + year);
            if (answer.status() == 200) {
                last = answer.body();
                int decided = 0;
                for (JsonNode n : last.path("current").path("awards")) {
                    decided += n.asInt();
                }
                if (last.path("current").path("rated").asInt() >= rated && decided >= awards) {
                    return last;
                }
            }
            Thread.sleep(500);
        }
        return last == null ? Api.JSON.createObjectNode() : last;
    }
}
