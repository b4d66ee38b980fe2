import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.thidua.award.CycleEligibility;
import vn.thidua.award.DisciplineForm;
import vn.thidua.award.History;
import vn.thidua.award.InitiativeLevel;
import vn.thidua.award.Rating;
import vn.thidua.award.RuleSet;
import vn.thidua.award.SchoolYear;
import vn.thidua.award.StaffFacts;
import vn.thidua.award.Title;
import vn.thidua.testing.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eligibility of ~5,000 staff in 100 schools in one run: the award rules (CycleEligibility, with
 * every condition explained) against a plain SQL aggregation over the same facts in PostgreSQL,
 * which computes only the counts (LĐTT, CSTĐCS candidates and quota, TTLĐTT/TTLĐXS per school and
 * group) without explanations. Data are generated with a fixed seed; the rule set is the one shipped
 * in migration V2. Arguments: [schools] [staffPerSchool] [runs].
 */
public class AwardEligibilityBench {

    static final SchoolYear YEAR = SchoolYear.parse("2024-2025");
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    public static void main(String[] args) throws Exception {
        int schools = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perSchool = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        RuleSet rules = shippedRules();
        Map<String, List<StaffFacts>> bySchool = generate(schools, perSchool, new Random(42));
        Map<UUID, History> histories = histories(bySchool, new Random(7));
        int staff = schools * perSchool;
        System.out.printf(Locale.ROOT, "data: %d staff in %d schools (%d each, 5 groups), school year %s, rule set %s%n",
                staff, schools, perSchool, YEAR, rules.version());

        // Java rules: warm up, then time whole runs over every school.
        int[] javaLdtt = new int[1];
        Runnable compute = () -> {
            int ldtt = 0;
            for (Map.Entry<String, List<StaffFacts>> school : bySchool.entrySet()) {
                CycleEligibility.Outcome outcome = CycleEligibility.compute(school.getKey(), school.getValue(), histories,
                        rules);
                ldtt += (int) outcome.staff().stream().filter(r -> r.isEligible(Title.LDTT)).count();
            }
            javaLdtt[0] = ldtt;
        };
        Runnable computeAndSerialise = () -> {
            try {
                for (Map.Entry<String, List<StaffFacts>> school : bySchool.entrySet()) {
                    CycleEligibility.Outcome outcome = CycleEligibility.compute(school.getKey(), school.getValue(),
                            histories, rules);
                    for (var result : outcome.staff()) {
                        JSON.writeValueAsBytes(result.titles());
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // Both warmed up before either is timed, so the JIT favours neither.
        time(compute, 10, 1);
        time(computeAndSerialise, 10, 1);
        double javaMs = median(time(compute, 10, runs));
        double javaJsonMs = median(time(computeAndSerialise, 10, runs));

        // The same facts in PostgreSQL, aggregated by one plain SQL statement.
        PostgresServer postgres = PostgresServer.obtain();
        postgres.recreateDatabase("thidua_award_bench");
        int[] sqlLdtt = new int[1];
        double sqlMs;
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("thidua_award_bench"), postgres.user(),
                postgres.password())) {
            load(db, bySchool);
            try (PreparedStatement query = db.prepareStatement(AGGREGATION)) {
                query.setDate(1, java.sql.Date.valueOf(YEAR.start()));
                query.setDate(2, java.sql.Date.valueOf(YEAR.end()));
                Runnable sql = () -> {
                    try (ResultSet rows = query.executeQuery()) {
                        int ldtt = 0;
                        while (rows.next()) {
                            if (rows.getString("kind").equals("SCHOOL")) {
                                ldtt += rows.getInt("ldtt");
                            }
                        }
                        sqlLdtt[0] = ldtt;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                };
                sqlMs = median(time(sql, 10, runs));
            }
        }

        System.out.printf(Locale.ROOT, "java rules, explained (CycleEligibility.compute): %.1f ms per run, %.1f µs per staff%n",
                javaMs, javaMs * 1000 / staff);
        System.out.printf(Locale.ROOT, "java rules + explanation JSON (as stored):       %.1f ms per run, %.1f µs per staff%n",
                javaJsonMs, javaJsonMs * 1000 / staff);
        System.out.printf(Locale.ROOT, "plain SQL aggregation, counts only (PostgreSQL %d): %.1f ms per run, %.1f µs per staff%n",
                postgres.majorVersion(), sqlMs, sqlMs * 1000 / staff);
        System.out.printf(Locale.ROOT, "ratio java / sql: %.2f (with JSON: %.2f)%n", javaMs / sqlMs, javaJsonMs / sqlMs);
        System.out.printf(Locale.ROOT, "check: LĐTT java %d, sql %d%s%n", javaLdtt[0], sqlLdtt[0],
                javaLdtt[0] == sqlLdtt[0] ? " (equal)" : " (DIFFERENT)");
        System.out.printf(Locale.ROOT, "median of %d runs after 10 warm-up runs; %d cores, java %s%n", runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    /** Per school and per group: members, LĐTT, CSTĐCS candidates, quota, TTLĐTT and TTLĐXS before the quota ranking. */
    static final String AGGREGATION = """
            with y as (select ?::date as first_day, ?::date as last_day),
            absence as (
                select s.staff_id,
                       coalesce(sum(extract(year from age(least(l.until, y.last_day) + 1, greatest(l.since, y.first_day))) * 12
                                  + extract(month from age(least(l.until, y.last_day) + 1, greatest(l.since, y.first_day)))
                                  + extract(day from age(least(l.until, y.last_day) + 1, greatest(l.since, y.first_day))) / 30.0)
                                filter (where l.kind <> 'MATERNITY'), 0) as months
                from bench_staff s cross join y left join bench_leave l on l.staff_id = s.staff_id
                group by s.staff_id),
            person as (
                select s.unit_code, s.group_code, s.rating,
                       (s.rating in ('HTXS', 'HTT') and a.months < 6 and s.months_worked >= 6
                        and not exists (select 1 from bench_discipline d where d.staff_id = s.staff_id
                                        and d.decided_on between y.first_day and y.last_day)) as ldtt,
                       exists (select 1 from bench_discipline d where d.staff_id = s.staff_id
                               and d.decided_on between y.first_day and y.last_day and d.form <> 'REPRIMAND') as warned,
                       exists (select 1 from bench_initiative i where i.staff_id = s.staff_id
                               and i.recognised_on between y.first_day and y.last_day) as initiative
                from bench_staff s cross join y join absence a on a.staff_id = s.staff_id),
            member as (
                select unit_code as code, 'SCHOOL' as kind, p.* from person p
                union all
                select group_code, 'GROUP', p.* from person p)
            select kind, code, count(*) as members, count(*) filter (where ldtt) as ldtt,
                   count(*) filter (where ldtt and initiative) as cstdcs_candidates,
                   floor(count(*) filter (where ldtt) * 0.15) as cstdcs_quota,
                   (count(*) filter (where ldtt) * 100 > 50 * count(*) and not bool_or(warned)) as ttldtt,
                   (count(*) filter (where ldtt) * 100 >= 70 * count(*) and not bool_or(warned)
                    and bool_and(rating in ('HTXS', 'HTT', 'HT', 'NOT_RATED'))
                    and count(*) filter (where ldtt and initiative) > 0) as ttldxs
            from member group by kind, code""";

    static void load(Connection db, Map<String, List<StaffFacts>> bySchool) throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("""
                    create table bench_staff (staff_id uuid primary key, unit_code text not null, group_code text,
                        rating text not null, months_worked numeric not null);
                    create table bench_leave (staff_id uuid not null, kind text not null, since date not null, until date not null);
                    create table bench_discipline (staff_id uuid not null, form text not null, decided_on date not null);
                    create table bench_initiative (staff_id uuid not null, level text not null, recognised_on date not null);
                    create index on bench_leave (staff_id);
                    create index on bench_discipline (staff_id);
                    create index on bench_initiative (staff_id);""");
        }
        db.setAutoCommit(false);
        try (PreparedStatement staff = db.prepareStatement("insert into bench_staff values (?, ?, ?, ?, ?)");
                PreparedStatement leave = db.prepareStatement("insert into bench_leave values (?, ?, ?, ?)");
                PreparedStatement discipline = db.prepareStatement("insert into bench_discipline values (?, ?, ?)");
                PreparedStatement initiative = db.prepareStatement("insert into bench_initiative values (?, ?, ?)")) {
            for (List<StaffFacts> school : bySchool.values()) {
                for (StaffFacts f : school) {
                    staff.setObject(1, f.staffId());
                    staff.setString(2, f.unitCode());
                    staff.setString(3, f.groupCode());
                    staff.setString(4, f.rating().name());
                    staff.setDouble(5, f.monthsWorked());
                    staff.addBatch();
                    for (StaffFacts.Leave l : f.leave()) {
                        leave.setObject(1, f.staffId());
                        leave.setString(2, l.kind().name());
                        leave.setDate(3, java.sql.Date.valueOf(l.from()));
                        leave.setDate(4, java.sql.Date.valueOf(l.to()));
                        leave.addBatch();
                    }
                    for (StaffFacts.Discipline d : f.discipline()) {
                        discipline.setObject(1, f.staffId());
                        discipline.setString(2, d.form().name());
                        discipline.setDate(3, java.sql.Date.valueOf(d.date()));
                        discipline.addBatch();
                    }
                    for (StaffFacts.Initiative i : f.initiatives()) {
                        initiative.setObject(1, f.staffId());
                        initiative.setString(2, i.level().name());
                        initiative.setDate(3, java.sql.Date.valueOf(i.recognisedOn()));
                        initiative.addBatch();
                    }
                }
            }
            staff.executeBatch();
            leave.executeBatch();
            discipline.executeBatch();
            initiative.executeBatch();
        }
        db.commit();
        try (Statement analyse = db.createStatement()) {
            analyse.execute("analyze");
        }
        db.setAutoCommit(true);
    }

    /** A realistic mix: mostly HTT, some HTXS, a few late hires, leave, discipline; a third with an initiative. */
    static Map<String, List<StaffFacts>> generate(int schools, int perSchool, Random random) {
        Map<String, List<StaffFacts>> bySchool = new java.util.LinkedHashMap<>();
        for (int s = 0; s < schools; s++) {
            String unit = "TH-BENCH-%03d".formatted(s);
            List<StaffFacts> staff = new ArrayList<>();
            for (int i = 0; i < perSchool; i++) {
                double r = random.nextDouble();
                Rating rating = r < 0.18 ? Rating.HTXS : r < 0.75 ? Rating.HTT : r < 0.95 ? Rating.HT
                        : r < 0.99 ? Rating.KHT : Rating.NOT_RATED;
                double months = random.nextDouble() < 0.05 ? 3 + random.nextInt(9) : 12;
                List<StaffFacts.Leave> leave = new ArrayList<>();
                double l = random.nextDouble();
                if (l < 0.05) {
                    leave.add(new StaffFacts.Leave(StaffFacts.LeaveKind.MATERNITY, LocalDate.of(2024, 10, 1),
                            LocalDate.of(2025, 3, 31)));
                } else if (l < 0.10) {
                    int length = 1 + random.nextInt(7);
                    LocalDate from = LocalDate.of(2024, 11, 1);
                    leave.add(new StaffFacts.Leave(StaffFacts.LeaveKind.SICK, from, from.plusMonths(length).minusDays(1)));
                    months = Math.min(months, 12 - length);
                }
                List<StaffFacts.Discipline> discipline = new ArrayList<>();
                double d = random.nextDouble();
                if (d < 0.02) {
                    discipline.add(new StaffFacts.Discipline(DisciplineForm.REPRIMAND, LocalDate.of(2025, 2, 10)));
                } else if (d < 0.03) {
                    discipline.add(new StaffFacts.Discipline(DisciplineForm.WARNING, LocalDate.of(2025, 2, 10)));
                }
                List<StaffFacts.Initiative> initiatives = new ArrayList<>();
                double n = random.nextDouble();
                if (n < 0.35) {
                    InitiativeLevel level = n < 0.01 ? InitiativeLevel.PROVINCE : n < 0.08 ? InitiativeLevel.OFFICE
                            : InitiativeLevel.SCHOOL;
                    initiatives.add(new StaffFacts.Initiative("Sáng kiến " + i, level, LocalDate.of(2025, 5, 12)));
                }
                if (random.nextDouble() < 0.05) {
                    initiatives.add(new StaffFacts.Initiative("Sáng kiến cấp tỉnh " + i, InitiativeLevel.PROVINCE,
                            LocalDate.of(2023, 5, 12)));
                }
                staff.add(new StaffFacts(new UUID(s, i), unit, YEAR, "TO-" + (1 + i % 5), rating, months, discipline,
                        leave, initiatives, LocalDate.of(1990 + random.nextInt(34), 9, 1)));
            }
            bySchool.put(unit, staff);
        }
        return bySchool;
    }

    /** A fifth with CSTĐCS the year before, half of those the year before that too. */
    static Map<UUID, History> histories(Map<String, List<StaffFacts>> bySchool, Random random) {
        Map<UUID, History> histories = new HashMap<>();
        for (List<StaffFacts> school : bySchool.values()) {
            for (StaffFacts f : school) {
                double h = random.nextDouble();
                if (h < 0.2) {
                    Map<SchoolYear, Set<Title>> byYear = new HashMap<>();
                    byYear.put(YEAR.minus(1), EnumSet.of(Title.LDTT, Title.CSTDCS));
                    if (h < 0.1) {
                        byYear.put(YEAR.minus(2), EnumSet.of(Title.LDTT, Title.CSTDCS));
                    }
                    histories.put(f.staffId(), History.of(byYear));
                }
            }
        }
        return histories;
    }

    /** The rule set of migration V2, read from the migration itself. */
    static RuleSet shippedRules() throws Exception {
        Path migration = Path.of("award-service/src/main/resources/db/migration/V2__rule_sets.sql");
        Matcher json = Pattern.compile("'(\\[.*?\\])'", Pattern.DOTALL).matcher(Files.readString(migration));
        List<String> arrays = new ArrayList<>();
        while (json.find()) {
            arrays.add(json.group(1));
        }
        return new RuleSet("2024.1", JSON.readValue(arrays.get(0), new TypeReference<List<RuleSet.LegalDocument>>() { }),
                LocalDate.of(2024, 1, 1), null,
                JSON.readValue(arrays.get(1), new TypeReference<List<RuleSet.Parameter>>() { }),
                JSON.readValue(arrays.get(2), new TypeReference<List<RuleSet.Authority>>() { }),
                "seed", OffsetDateTime.parse("2024-01-01T00:00:00+07:00"));
    }

    static double[] time(Runnable work, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
