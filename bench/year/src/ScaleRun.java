import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An office (1 × 100 schools × 50 staff) or a province (10 offices × 100 × 50): each school's software, a few at
 * a time, publishes the school's plan, imports its staff and posts its year-end bulk of ratings; then the run
 * waits for every school's eligibility and prints the throughputs. Offices and schools are created first
 * (PGD-Pnn, TH-Pnn-sss under DONGTHAP; the office scale is PGD-P01, the first office of the province).
 */
final class ScaleRun {

    private final Api api;
    private final int offices;
    private final int schoolsPerOffice;
    private final int staffPerSchool;
    private final int parallel;

    record School(String office, String code, String name) {
    }

    ScaleRun(Api api, int offices, int schoolsPerOffice, int staffPerSchool, int parallel) {
        this.api = api;
        this.offices = offices;
        this.schoolsPerOffice = schoolsPerOffice;
        this.staffPerSchool = staffPerSchool;
        this.parallel = parallel;
    }

    void run() throws Exception {
        List<School> schools = units();
        String year = YearDemo.freeYear(api, schools.get(0).code(), 2030);
        int total = schools.size() * staffPerSchool;
        YearDemo.say("%d schools × %d staff = %d people, school year %s, %d schools posting at a time", schools.size(),
                staffPerSchool, total, year, parallel);

        // Plans, staff and bulks, school by school on `parallel` threads, as the schools' apps post them.
        Map<String, String> cycles = new ConcurrentHashMap<>();
        // Wall-clock milliseconds (the services' clock on this machine), to compare with the cycles' computedAt.
        Map<String, Long> bulkPostedAt = new ConcurrentHashMap<>();
        Map<String, Long> bulkStartedAt = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        long t0 = System.nanoTime();
        long[] staffNanos = new long[1];
        long[] bulkNanos = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<?>> work = new ArrayList<>();
        for (School school : schools) {
            work.add(pool.submit(() -> {
                Prepared ready = prepare(api, school, year, staffPerSchool);
                synchronized (staffNanos) {
                    staffNanos[0] += ready.importNanos();
                }
                String cycle = ready.cycle();
                cycles.put(school.code(), cycle);
                long b0 = System.nanoTime();
                bulkStartedAt.put(school.code(), System.currentTimeMillis());
                postBulk(api, school, ready);
                long b1 = System.nanoTime();
                synchronized (bulkNanos) {
                    bulkNanos[0] += b1 - b0;
                }
                bulkPostedAt.put(school.code(), System.currentTimeMillis());
                int n = done.incrementAndGet();
                if (n % Math.max(1, schools.size() / 10) == 0 || n == schools.size()) {
                    YearDemo.say("  posted %d of %d schools (%.0f s)", n, schools.size(), (System.nanoTime() - t0) / 1e9);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                pool.shutdownNow();
                throw e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause());
            }
        }
        pool.shutdown();
        long posted = System.nanoTime();
        long postedMillis = System.currentTimeMillis();
        double postSeconds = (posted - t0) / 1e9;
        YearDemo.say("posted in %.1f s: %d staff imported (%.0f staff/s of import calls), %d evaluations in %d bulks "
                        + "(%.0f evaluations/s of bulk calls; %.0f/s wall, all steps)", postSeconds, total,
                total / (staffNanos[0] / 1e9), total, schools.size(), total / (bulkNanos[0] / 1e9), total / postSeconds);

        // Eligibility for everyone, from the finalized events: a school is complete once its cycle has applied all
        // its events and its stored results are current (eventsApplied and current of the cycle view); it was
        // complete at the cycle's computedAt (its last computation), however late this poll sees it.
        Map<String, Integer> eligible = new LinkedHashMap<>();
        Map<String, Long> completeAt = new ConcurrentHashMap<>();
        long nextSay = System.nanoTime() + 10_000_000_000L;
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        List<String> pending = new ArrayList<>(cycles.keySet());
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                String school = it.next();
                // One staff row while waiting (the cycle's counters say when it is complete), every page once it is.
                String view = Api.AWARD + "/api/v1/eligibility?cycle=" + cycles.get(school);
                Api.Answer answer = api.as("principal", school).get(view + "&staffSize=1");
                if (answer.status() == 200 && answer.body().size() > 0
                        && answer.body().get(0).path("eventsApplied").asInt() >= staffPerSchool
                        && answer.body().get(0).path("current").asBoolean()) {
                    completeAt.put(school, java.time.OffsetDateTime.parse(answer.body().get(0).path("computedAt").asText())
                            .toInstant().toEpochMilli());
                    int staffTotal = answer.body().get(0).path("staffTotal").asInt();
                    for (int page = 0; page * 500 < staffTotal; page++) {
                        Api.Answer rows = api.as("principal", school).get(view + "&staffSize=500&staffPage=" + page);
                        SchoolYearRun.eligibleCounts(rows.body().get(0).path("staff"))
                                .forEach((k, v) -> eligible.merge(k, v, Integer::sum));
                    }
                    it.remove();
                }
            }
            if (System.nanoTime() > nextSay) {
                YearDemo.say("  eligibility complete for %d of %d schools (%.0f s after the last bulk)", completeAt.size(),
                        cycles.size(), (System.nanoTime() - posted) / 1e9);
                nextSay += 10_000_000_000L;
            }
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        long firstBulk = bulkStartedAt.values().stream().mapToLong(Long::longValue).min().orElse(postedMillis);
        long lastBulk = bulkPostedAt.values().stream().mapToLong(Long::longValue).max().orElse(postedMillis);
        if (!pending.isEmpty()) {
            throw new Api.DemoFailure(pending.size() + " schools without complete eligibility after an hour: "
                    + "./stack logs award-service");
        }
        long lastComplete = completeAt.values().stream().mapToLong(Long::longValue).max().orElse(System.currentTimeMillis());
        double ingestSeconds = (lastBulk - firstBulk) / 1e3;
        double eligibilitySeconds = (lastComplete - firstBulk) / 1e3;
        YearDemo.say("eligibility of all %d people %.1f s after the last bulk, %.1f s after the first (%.0f people/s); "
                + "eligible %s", total, (lastComplete - lastBulk) / 1e3, eligibilitySeconds, total / eligibilitySeconds,
                eligible);
        // The event path against the write path of the same run: both from the first bulk's start, the bulks to the
        // last bulk answered, eligibility to the last school complete.
        YearDemo.say("throughput: bulk ingest %.1f evaluations/s (%d in %.1f s, first bulk to last), eligibility %.1f "
                + "people/s (%.1f s, first bulk to last school complete); ratio eligibility / ingest %.2f (target >= 0.5)",
                total / ingestSeconds, total, ingestSeconds, total / eligibilitySeconds, eligibilitySeconds,
                ingestSeconds / eligibilitySeconds);
        List<Double> latencies = new ArrayList<>();
        completeAt.forEach((school, at) -> latencies.add((double) (at - bulkPostedAt.get(school))));
        latencies.sort(Double::compare);
        YearDemo.say("latency bulk answered -> its school's eligibility complete (%d schools; complete at the cycle's "
                + "computedAt, its last computation): p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; sustained posting rate %.1f "
                + "evaluations/s", latencies.size(), percentile(latencies, 50), percentile(latencies, 90),
                percentile(latencies, 99), latencies.get(latencies.size() - 1), total / ingestSeconds);
        if (api.retried.get() > 0) {
            YearDemo.say("%d calls retried while a service was down or not ready", api.retried.get());
        }
        YearDemo.say("done: %d HTTP calls", api.calls.get());
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The offices and schools of the run, created when missing (409 means there already). */
    private List<School> units() {
        List<School> schools = units(api, "P", 1, offices, schoolsPerOffice);
        YearDemo.say("%d schools in %d offices (PGD-P01…, TH-Pnn-sss under DONGTHAP)", schools.size(), offices);
        return schools;
    }

    /**
     * Offices PGD-{prefix}nn (from {@code first}, {@code count} of them) under DONGTHAP, open-ended, and their
     * schools TH-{prefix}nn-sss, created when missing (409: there already). Offices of their own: the demo tree's
     * PGD-TAMNONG ends on 30/06/2025 (issue 11), before the school years these runs post (2030-2031 on).
     */
    static List<School> units(Api api, String prefix, int first, int count, int schoolsPerOffice) {
        List<School> schools = new ArrayList<>();
        Api.Caller province = api.as("district", "DONGTHAP");
        int created = 0;
        for (int o = first; o < first + count; o++) {
            String office = String.format("PGD-%s%02d", prefix, o);
            created += create(province, Map.of("code", office, "name", "Phòng Giáo dục và Đào tạo " + prefix + o + " (demo)",
                    "level", "OFFICE", "parentCode", "DONGTHAP", "validFrom", "2020-01-01"));
            Api.Caller district = api.as("district", office);
            for (int s = 1; s <= schoolsPerOffice; s++) {
                String code = String.format("TH-%s%02d-%03d", prefix, o, s);
                String name = "Trường Tiểu học " + code.substring(3) + " (demo)";
                created += create(district, Map.of("code", code, "name", name, "level", "SCHOOL", "parentCode", office,
                        "validFrom", "2020-01-01"));
                schools.add(new School(office, code, name));
            }
        }
        YearDemo.say("%d units created (the others were there)", created);
        return schools;
    }

    /** A school ready for its year-end: its plan published, its staff imported, the cycle the plan opened. */
    record Prepared(String cycle, List<Staff.Person> people, long importNanos) {
    }

    static Prepared prepare(Api api, School school, String year, int staff) throws InterruptedException {
        Api.Caller principal = api.as("principal", school.code());
        String plan = publishPlan(principal, school, year);
        List<Staff.Person> people = Staff.of(school.code().replace("TH-", "") + "-", staff,
                Integer.parseInt(year.substring(0, 4)), true);
        long s0 = System.nanoTime();
        principal.expect(principal.postText(Api.EVALUATION + "/api/v1/staff/import?unit=" + school.code(),
                Staff.csv(people), "text/csv"), "staff import of " + school.code(), 200);
        long importNanos = System.nanoTime() - s0;
        return new Prepared(YearDemo.awaitCycle(api, school.code(), plan), people, importNanos);
    }

    /** The school's year-end bulk of ratings, as its app posts it (one Idempotency-Key per cycle); all finalized. */
    static JsonNode postBulk(Api api, School school, Prepared ready) {
        Api.Caller app = api.as("school_app", school.code());
        JsonNode bulk = app.expect(app.post(Api.EVALUATION + "/api/v1/cycles/" + ready.cycle() + "/evaluations/bulk",
                Map.of("records", Staff.records(ready.people())), Map.of("Idempotency-Key", "demo-" + ready.cycle())),
                "bulk of " + school.code(), 200).body();
        if (bulk.path("finalized").asInt() != ready.people().size()) {
            throw new Api.DemoFailure("bulk of " + school.code() + " finalized " + bulk.path("finalized") + " of "
                    + ready.people().size() + ": " + bulk);
        }
        return bulk;
    }

    private static int create(Api.Caller caller, Map<String, Object> unit) {
        Api.Answer answer = caller.post(Api.PLAN + "/api/v1/units", unit);
        caller.expect(answer, "unit " + unit.get("code"), 201, 409);
        return answer.status() == 201 ? 1 : 0;
    }

    /**
     * The school's plan for the year, published. The unit reaches the other services' copies of the tree over
     * Kafka, so a school created a moment ago may still be unknown there: the plan is retried for a while.
     */
    private static String publishPlan(Api.Caller principal, School school, String year) throws InterruptedException {
        Map<String, Object> plan = Map.of("unitCode", school.code(), "schoolYear", year, "document", Map.of(
                "kind", "KẾ HOẠCH", "title", "Kế hoạch thi đua năm học " + year + " của " + school.name(), "contents", List.of(
                        Map.of("number", "1", "text", "Thi đua dạy tốt, học tốt"),
                        Map.of("number", "2", "text", "Thi đua đổi mới sáng tạo trong quản lý, giảng dạy"))));
        Api.Answer created = principal.expect(principal.post(Api.PLAN + "/api/v1/plans", plan), "plan of " + school.code(),
                201, 409);
        if (created.status() == 409) {
            // A retried call whose first answer was lost (plan-service killed, bench/recovery): the plan is there.
            JsonNode plans = principal.expect(principal.get(Api.PLAN + "/api/v1/plans?unit=" + school.code() + "&schoolYear="
                    + year + "&size=1"), "plans of " + school.code(), 200).body();
            if (plans == null || plans.isEmpty()) {
                principal.expect(created, "plan of " + school.code(), 201);
            }
            String id = plans.get(0).path("id").asText();
            principal.expect(principal.post(Api.PLAN + "/api/v1/plans/" + id + "/publish", null), "publish of "
                    + school.code(), 200, 409);
            return id;
        }
        String id = created.body().path("id").asText();
        Api.Answer published = principal.post(Api.PLAN + "/api/v1/plans/" + id + "/publish", null);
        // 409 only after a retried publish whose first answer was lost: then the plan is published.
        principal.expect(published, "publish of " + school.code(), Api.retryDownSeconds > 0 ? new int[] {200, 409} : new int[] {200});
        return id;
    }
}
