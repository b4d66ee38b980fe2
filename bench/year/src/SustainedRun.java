import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code ./stack demo --rate 50,100,200,500}: latency from a finalisation to its eligibility at a steady rate
 * (issue 15, "What it must show"). Schools (PGD-S01…, TH-Snn-sss), their plans, staff and cycles are prepared
 * first; then, per step, the year-end bulks (one school each) are posted open-loop at R evaluations/s — sent by a
 * schedule, not by answers, as many schools' apps would. Once every cycle of the step is complete the latencies
 * are read from the two databases on the same PostgreSQL: evaluation-service's {@code evaluation.finalized_at}
 * against award-service's {@code staff_eligibility.computed_at} (the row's last change) per evaluation, and the
 * bulk's answer against its cycle's last computation ({@code eligibility_cycle.computed_at}). Steps are drained
 * before the next, so each is measured alone.
 */
final class SustainedRun {

    private final Api api;
    private final Path root;
    private final int[] rates;
    private final int stepSeconds;
    private final int staff;
    private final int parallel;

    record Bulk(ScaleRun.School school, ScaleRun.Prepared ready) {
    }

    SustainedRun(Api api, Path root, int[] rates, int stepSeconds, int staff, int parallel) {
        this.api = api;
        this.root = root;
        this.rates = rates;
        this.stepSeconds = stepSeconds;
        this.staff = staff;
        this.parallel = parallel;
    }

    void run() throws Exception {
        int[] bulksPerStep = new int[rates.length];
        int needed = 0;
        for (int i = 0; i < rates.length; i++) {
            bulksPerStep[i] = Math.max(4, (int) Math.ceil((double) rates[i] * stepSeconds / staff));
            needed += bulksPerStep[i];
        }
        int offices = (needed + 99) / 100;
        List<ScaleRun.School> schools = ScaleRun.units(api, "S", 1, offices, (needed + offices - 1) / offices)
                .subList(0, needed);
        String year = YearDemo.freeYear(api, schools.get(0).code(), 2030);
        YearDemo.say("sustained rate: steps %s evaluations/s, %d s each, bulks of one school (%d staff): %d schools, "
                + "school year %s; load average %s", java.util.Arrays.toString(rates), stepSeconds, staff, needed, year, load());
        List<Bulk> prepared = prepare(schools, year);
        try (Connection evaluation = connect("thidua_evaluation"); Connection award = connect("thidua_award")) {
            List<String> summary = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < rates.length; i++) {
                List<Bulk> step = prepared.subList(from, from + bulksPerStep[i]);
                from += bulksPerStep[i];
                summary.add(step(rates[i], step, evaluation, award));
            }
            YearDemo.say("---- summary (load average %s)", load());
            summary.forEach(line -> YearDemo.say("%s", line));
        }
    }

    /** Plans published, staff imported and cycles open for every school, {@code parallel} schools at a time. */
    private List<Bulk> prepare(List<ScaleRun.School> schools, String year) throws Exception {
        long t0 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Bulk>> work = new ArrayList<>();
        for (ScaleRun.School school : schools) {
            work.add(pool.submit(() -> {
                Bulk bulk = new Bulk(school, ScaleRun.prepare(api, school, year, staff));
                int n = done.incrementAndGet();
                if (n % Math.max(1, schools.size() / 10) == 0) {
                    YearDemo.say("  prepared %d of %d schools (%.0f s)", n, schools.size(), (System.nanoTime() - t0) / 1e9);
                }
                return bulk;
            }));
        }
        List<Bulk> prepared = new ArrayList<>();
        try {
            for (Future<Bulk> f : work) {
                prepared.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        YearDemo.say("prepared %d schools in %.0f s (plans published, staff imported, cycles open)", prepared.size(),
                (System.nanoTime() - t0) / 1e9);
        return prepared;
    }

    /** One step: the bulks sent on schedule at {@code rate}, drained, then measured. */
    private String step(int rate, List<Bulk> bulks, Connection evaluation, Connection award) throws Exception {
        long periodNanos = (long) (staff * 1e9 / rate);
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        List<Long> lags = new ArrayList<>();
        List<Long> answerMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answered = new AtomicInteger();
        Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
        YearDemo.say("rate %d evaluations/s: %d bulks of %d, one every %.0f ms; load average %s", rate, bulks.size(), staff,
                periodNanos / 1e6, load());
        // Unbounded senders: a slow answer never delays the next send (open loop).
        ExecutorService senders = Executors.newCachedThreadPool();
        List<Future<?>> sent = new ArrayList<>();
        long firstSentMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        long nextSay = start + 5_000_000_000L;
        for (int i = 0; i < bulks.size(); i++) {
            long due = start + i * periodNanos;
            for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                LockSupport.parkNanos(wait);
            }
            lags.add((System.nanoTime() - due) / 1_000_000);
            Bulk bulk = bulks.get(i);
            sent.add(senders.submit(() -> {
                long s = System.nanoTime();
                postBulk(bulk, failures);
                answerMillis.add((System.nanoTime() - s) / 1_000_000);
                answeredAt.put(bulk.ready().cycle(), System.currentTimeMillis());
                answered.incrementAndGet();
                return null;
            }));
            if (System.nanoTime() > nextSay) {
                YearDemo.say("  %d of %d bulks sent, %d answered (%.0f s)", i + 1, bulks.size(), answered.get(),
                        (System.nanoTime() - start) / 1e9);
                nextSay += 5_000_000_000L;
            }
        }
        long sendSeconds = System.nanoTime() - start;
        for (Future<?> f : sent) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                senders.shutdownNow();
                throw e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause());
            }
        }
        senders.shutdown();
        long lastAnswerMillis = answeredAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        double postedSeconds = (lastAnswerMillis - firstSentMillis) / 1e3;
        int evaluations = bulks.size() * staff;
        YearDemo.say("  all %d bulks answered %.1f s after the first was sent (sending took %.1f s)", bulks.size(),
                postedSeconds, sendSeconds / 1e9);

        List<String> cycles = bulks.stream().map(b -> b.ready().cycle()).toList();
        Map<String, Long> completeAt = awaitComplete(award, cycles);
        long lastComplete = completeAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();

        // Per evaluation: finalized_at (evaluation-service) -> its eligibility row's computed_at (award-service).
        Map<String, Long> finalizedAt = new HashMap<>();
        query(evaluation, "select id::text, extract(epoch from finalized_at) * 1000 from evaluation "
                + "where cycle_id::text = any(?) and state = 'FINALIZED'", cycles, r -> finalizedAt.put(r.getString(1), r.getLong(2)));
        List<Double> perEvaluation = new ArrayList<>();
        int[] rewritten = new int[1];
        query(award, "select evaluation_id::text, extract(epoch from computed_at) * 1000, revision from staff_eligibility "
                + "where cycle_id::text = any(?)", cycles, r -> {
                    Long f = finalizedAt.get(r.getString(1));
                    if (f != null) {
                        perEvaluation.add((double) (r.getLong(2) - f));
                    }
                    if (r.getInt(3) > 1) {
                        rewritten[0]++;
                    }
                });
        List<Double> perBulk = new ArrayList<>();
        completeAt.forEach((cycle, at) -> perBulk.add((double) (at - answeredAt.get(cycle))));
        perEvaluation.sort(Double::compare);
        perBulk.sort(Double::compare);
        List<Double> answers = answerMillis.stream().map(Long::doubleValue).sorted().toList();
        String line = String.format("rate %d/s: achieved %.1f evaluations/s (%d in %.1f s, first sent to last answered; "
                        + "bulk answers p50 %.0f ms, p99 %.0f ms; max send lag %d ms); eligibility %.1f people/s; "
                        + "finalisation -> eligibility (%d evaluations): p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; "
                        + "bulk answered -> cycle complete: p50 %.0f ms, p99 %.0f ms, max %.0f ms; %d rows rewritten after "
                        + "their first computation; %s; load average %s",
                rate, evaluations / postedSeconds, evaluations, postedSeconds, pct(answers, 50), pct(answers, 99),
                lags.stream().mapToLong(Long::longValue).max().orElse(0), evaluations / ((lastComplete - firstSentMillis) / 1e3),
                perEvaluation.size(), pct(perEvaluation, 50), pct(perEvaluation, 90), pct(perEvaluation, 99),
                pct(perEvaluation, 100), pct(perBulk, 50), pct(perBulk, 99), pct(perBulk, 100), rewritten[0],
                failures.isEmpty() ? "no failed answers" : "failed answers retried (status=count) " + failures, load());
        YearDemo.say("%s", line);
        return line;
    }

    /**
     * The bulk, retried as a school's app retries a failed answer (5xx, refused or reset), after 1 s with the same
     * Idempotency-Key, for up to 5 minutes; the failures are counted by status (0: no answer) and reported.
     */
    private void postBulk(Bulk bulk, Map<Integer, AtomicInteger> failures) throws InterruptedException {
        Api.Caller app = api.as("school_app", bulk.school().code());
        long until = System.nanoTime() + 300_000_000_000L;
        while (true) {
            int status;
            Api.Answer answer = null;
            try {
                answer = app.post(Api.EVALUATION + "/api/v1/cycles/" + bulk.ready().cycle() + "/evaluations/bulk",
                        Map.of("records", Staff.records(bulk.ready().people())),
                        Map.of("Idempotency-Key", "demo-" + bulk.ready().cycle()));
                status = answer.status();
            } catch (Api.DemoFailure e) {
                status = 0;
            }
            if (status == 200) {
                app.expect(answer, "bulk of " + bulk.school().code(), 200);
                if (answer.body().path("finalized").asInt() != staff) {
                    throw new Api.DemoFailure("bulk of " + bulk.school().code() + " finalized "
                            + answer.body().path("finalized") + " of " + staff + ": " + answer.body());
                }
                return;
            }
            if (status != 0 && status < 500 || System.nanoTime() > until) {
                if (answer == null) {
                    throw new Api.DemoFailure("bulk of " + bulk.school().code() + ": no answer for 300 s");
                }
                app.expect(answer, "bulk of " + bulk.school().code(), 200);
            }
            failures.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(1000);
        }
    }

    /** When each cycle was last computed, once all its events are applied and none is pending; progress every 5 s. */
    private Map<String, Long> awaitComplete(Connection award, List<String> cycles) throws Exception {
        long start = System.nanoTime();
        long nextSay = start + 5_000_000_000L;
        long deadline = start + 900_000_000_000L;
        while (true) {
            Map<String, Long> complete = new HashMap<>();
            query(award, "select cycle_id::text, extract(epoch from computed_at) * 1000 from eligibility_cycle where "
                    + "cycle_id::text = any(?) and events_applied >= " + staff + " and computed_revision >= pending_revision",
                    cycles, r -> complete.put(r.getString(1), r.getLong(2)));
            if (complete.size() == cycles.size()) {
                return complete;
            }
            if (System.nanoTime() > deadline) {
                throw new Api.DemoFailure((cycles.size() - complete.size()) + " cycles without complete eligibility after "
                        + "900 s: ./stack logs award-service");
            }
            if (System.nanoTime() > nextSay) {
                YearDemo.say("  eligibility complete for %d of %d cycles (%.0f s after the last answer)", complete.size(),
                        cycles.size(), (System.nanoTime() - start) / 1e9);
                nextSay += 5_000_000_000L;
            }
            Thread.sleep(250);
        }
    }

    interface Row {
        void accept(ResultSet r) throws SQLException;
    }

    private static void query(Connection c, String sql, List<String> ids, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.accept(r);
                }
            }
        }
    }

    /**
     * The stack's PostgreSQL: PGHOST/PGPORT/PGUSER/PGPASSWORD when given, else the embedded one when {@code ./stack}
     * runs it (port 5433), else 127.0.0.1:5432 as {@code ./stack up} finds it.
     */
    private Connection connect(String database) throws SQLException {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        String port = System.getenv("PGPORT");
        if (port == null) {
            port = Files.exists(root.resolve(".stack/run/postgres.pid"))
                    ? System.getenv().getOrDefault("THIDUA_EMBEDDED_PG_PORT", "5433") : "5432";
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database,
                System.getenv().getOrDefault("PGUSER", "postgres"), System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : ScaleRun.percentile(sorted, p);
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
