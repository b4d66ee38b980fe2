import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A school's staff and their year, generated deterministically: names, professional groups, the CSV a
 * school exports, and each person's rating, leave, discipline and initiatives as its software posts them.
 * The mix follows a real primary school: most HTT, one HTXS with a recognised initiative per group, maternity
 * leave, a long sick leave, a reprimand and a discipline procedure still open (per 20 people).
 */
final class Staff {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_F = {"Thị", "Thị Ngọc", "Thị Thanh", "Thị Kim", "Ngọc"};
    private static final String[] MIDDLE_M = {"Văn", "Minh", "Hoàng", "Thanh", "Quốc"};
    private static final String[] GIVEN_F = {"An", "Cúc", "Én", "Giang", "Hạnh", "Lan", "Mai", "Nga", "Phượng", "Thảo",
        "Trang", "Tuyết", "Vân", "Xuân", "Yến", "Diễm", "Hương", "Loan"};
    private static final String[] GIVEN_M = {"Bình", "Dũng", "Phúc", "Hậu", "Khang", "Long", "Nam", "Phong", "Quang",
        "Sơn", "Tài", "Thắng", "Toàn", "Vinh"};
    /** Professional groups of a primary school: grade groups and the office. */
    static final String[][] GROUPS = {{"TO-1", "Tổ 1"}, {"TO-2-3", "Tổ 2-3"}, {"TO-4-5", "Tổ 4-5"},
        {"TO-BM", "Tổ Bộ môn"}, {"TO-VP", "Tổ Văn phòng"}};

    record Person(String code, String fullName, boolean female, String position, String groupCode, String groupName,
            String hireDate, String rating, Map<String, Object> facts, List<Map<String, String>> targets) {
    }

    private Staff() {
    }

    /**
     * {@code count} people of a school whose staff codes start with {@code prefix}; {@code startYear} is the
     * first calendar year of the school year (2024 for 2024-2025), so the facts' dates fall inside it.
     */
    static List<Person> of(String prefix, int count, int startYear, boolean withFacts) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean female = i % 5 != 1 && i % 5 != 3;
            String name = FAMILY[(i * 7) % FAMILY.length] + " "
                    + (female ? MIDDLE_F[i % MIDDLE_F.length] : MIDDLE_M[i % MIDDLE_M.length]) + " "
                    + (female ? GIVEN_F[(i * 5) % GIVEN_F.length] : GIVEN_M[(i * 3) % GIVEN_M.length]);
            String[] group = i < count - 4 ? GROUPS[i % 4] : GROUPS[4];
            String position = i == 0 ? "Hiệu trưởng" : i == 1 ? "Phó Hiệu trưởng" : group[0].equals("TO-VP")
                    ? (i == count - 1 ? "Kế toán" : "Nhân viên") : "Giáo viên";
            String hired = String.format("01/09/%d", 1995 + (i * 3) % 27);
            String rating = rating(i, count);
            Map<String, Object> facts = withFacts ? facts(i, count, startYear, rating) : null;
            people.add(new Person(String.format("%s%03d", prefix, i + 1), name, female, position, group[0], group[1], hired,
                    rating, facts, targets(i, count, rating)));
        }
        return people;
    }

    /**
     * One HTXS per teaching group (the 2nd of each: at most 20 % of the group's HTT may be HTXS), KHT for a
     * discipline decided in the year, HT after 3 to 6 months of absence and for a few others, HTT for the rest.
     * The special cases fall in different groups so each keeps enough HTT for its HTXS.
     */
    private static String rating(int i, int count) {
        if (count >= 20 && i >= 4 && i <= 7) {
            return "HTXS";
        }
        return switch (i % 20) {
            case 15 -> "KHT";
            case 10, 18 -> "HT";
            default -> "HTT";
        };
    }

    /** Leave, discipline and initiatives of person {@code i}; most have none. */
    private static Map<String, Object> facts(int i, int count, int y, String rating) {
        Map<String, Object> facts = new LinkedHashMap<>();
        List<Map<String, String>> leave = new ArrayList<>();
        List<Map<String, String>> discipline = new ArrayList<>();
        List<Map<String, String>> initiatives = new ArrayList<>();
        switch (i % 20) {
            case 9 -> leave.add(Map.of("kind", "MATERNITY", "from", y + "-10-01", "to", (y + 1) + "-03-31"));
            case 12 -> leave.add(Map.of("kind", "MATERNITY", "from", (y + 1) + "-01-02", "to", (y + 1) + "-06-30"));
            case 10 -> leave.add(Map.of("kind", "SICK", "from", y + "-11-04", "to", (y + 1) + "-04-30"));
            case 14 -> leave.add(Map.of("kind", "COUNTED_AS_WORK", "from", (y + 1) + "-01-15", "to", (y + 1) + "-01-24"));
            case 15 -> discipline.add(Map.of("form", "REPRIMAND", "date", (y + 1) + "-02-20"));
            case 17 -> discipline.add(Map.of("form", "WARNING", "date", (y + 1) + "-04-10", "pending", "true"));
            default -> { }
        }
        if (rating.equals("HTXS")) {
            initiatives.add(Map.of("title", INITIATIVE_TITLES[i % INITIATIVE_TITLES.length], "level",
                    i == 4 ? "OFFICE" : "SCHOOL", "recognisedOn", (y + 1) + "-05-" + (10 + i)));
        }
        if (leave.isEmpty() && discipline.isEmpty() && initiatives.isEmpty()) {
            return null;
        }
        facts.put("leave", leave);
        facts.put("discipline", discipline);
        facts.put("initiatives", initiatives);
        return facts;
    }

    /** How many people have each kind of fact, for the demo's summary. */
    @SuppressWarnings("unchecked")
    static Map<String, Integer> factCounts(List<Person> people) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String kind : List.of("leave", "discipline", "initiatives")) {
            counts.put(kind, (int) people.stream().filter(p -> p.facts() != null
                    && !((List<Object>) p.facts().get(kind)).isEmpty()).count());
        }
        return counts;
    }

    static final String[] INITIATIVE_TITLES = {
        "Rèn kỹ năng đọc diễn cảm cho học sinh lớp 1",
        "Ứng dụng trò chơi học tập trong dạy phép nhân, phép chia lớp 3",
        "Xây dựng thư viện xanh ở sân trường",
        "Giúp học sinh lớp 5 viết đoạn văn tả cảnh Tràm Chim",
        "Quản lý hồ sơ học sinh bằng bảng tính dùng chung",
        "Dạy tiếng Anh lớp 4 qua bài hát",
        "Tổ chức câu lạc bộ Em yêu khoa học",
    };

    /** What each person registers at the start of the year: LĐTT for all but the office clerks, CSTĐCS for the best. */
    private static List<Map<String, String>> targets(int i, int count, String rating) {
        List<Map<String, String>> targets = new ArrayList<>();
        targets.add(Map.of("kind", "TITLE", "code", "LDTT"));
        if (rating.equals("HTXS")) {
            targets.add(Map.of("kind", "TITLE", "code", "CSTDCS"));
            targets.add(Map.of("kind", "INITIATIVE", "text", INITIATIVE_TITLES[i % INITIATIVE_TITLES.length]));
        }
        return targets;
    }

    /** The CSV a school's software exports (semicolons, Vietnamese headers, dd/MM/yyyy). */
    static String csv(List<Person> people) {
        StringBuilder csv = new StringBuilder("Mã CB;Họ và tên;Giới tính;Chức vụ;Mã tổ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành\n");
        for (Person p : people) {
            csv.append(p.code()).append(';').append(p.fullName()).append(';').append(p.female() ? "Nữ" : "Nam").append(';')
                    .append(p.position()).append(';').append(p.groupCode()).append(';').append(p.groupName()).append(';')
                    .append(p.position().equals("Nhân viên") ? "Hợp đồng" : "Viên chức").append(';').append(p.hireDate())
                    .append('\n');
        }
        return csv.toString();
    }

    /** The bulk body: one record per person, rating and facts. */
    static List<Map<String, Object>> records(List<Person> people) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Person p : people) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("staffCode", p.code());
            record.put("rating", p.rating());
            if (p.facts() != null) {
                record.put("facts", p.facts());
            }
            records.add(record);
        }
        return records;
    }
}
