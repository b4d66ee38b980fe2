package vn.thidua.evaluation.staff;

import java.util.Map;
import java.util.Optional;

/** Chức vụ / vị trí việc làm in the school. */
public enum Position {
    TEACHER("Giáo viên"),
    STAFF("Nhân viên"),
    PRINCIPAL("Hiệu trưởng"),
    VICE_PRINCIPAL("Phó Hiệu trưởng"),
    PIONEER_LEADER("Tổng phụ trách Đội"),
    ACCOUNTANT("Kế toán"),
    LIBRARIAN("Thư viện"),
    OTHER("Khác");

    private static final Map<String, Position> WORDS = Map.ofEntries(
            Map.entry("giao vien", TEACHER), Map.entry("gv", TEACHER), Map.entry("gvcn", TEACHER),
            Map.entry("gvbm", TEACHER), Map.entry("teacher", TEACHER),
            Map.entry("nhan vien", STAFF), Map.entry("nv", STAFF), Map.entry("van thu", STAFF),
            Map.entry("bao ve", STAFF), Map.entry("y te", STAFF), Map.entry("phuc vu", STAFF),
            Map.entry("thu quy", STAFF), Map.entry("staff", STAFF),
            Map.entry("hieu truong", PRINCIPAL), Map.entry("ht", PRINCIPAL), Map.entry("principal", PRINCIPAL),
            Map.entry("pho hieu truong", VICE_PRINCIPAL), Map.entry("pht", VICE_PRINCIPAL),
            Map.entry("vice principal", VICE_PRINCIPAL),
            Map.entry("tong phu trach doi", PIONEER_LEADER), Map.entry("tong phu trach", PIONEER_LEADER),
            Map.entry("tpt doi", PIONEER_LEADER), Map.entry("tpt", PIONEER_LEADER),
            Map.entry("giao vien tong phu trach doi", PIONEER_LEADER), Map.entry("gv tpt doi", PIONEER_LEADER),
            Map.entry("pioneer leader", PIONEER_LEADER),
            Map.entry("ke toan", ACCOUNTANT), Map.entry("nhan vien ke toan", ACCOUNTANT),
            Map.entry("accountant", ACCOUNTANT),
            Map.entry("thu vien", LIBRARIAN), Map.entry("nhan vien thu vien", LIBRARIAN),
            Map.entry("can bo thu vien", LIBRARIAN), Map.entry("giao vien thu vien", LIBRARIAN),
            Map.entry("librarian", LIBRARIAN),
            Map.entry("khac", OTHER), Map.entry("other", OTHER));

    public final String label;

    Position(String label) {
        this.label = label;
    }

    /** From a spreadsheet's words, any case or accents; the enum names (VICE_PRINCIPAL…) work too. */
    public static Optional<Position> fromText(String text) {
        String key = StaffTexts.key(text);
        Position exact = WORDS.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        // "Giáo viên Tiếng Anh", "Nhân viên y tế": the kind of post is the first two words.
        if (key.startsWith("giao vien ")) {
            return Optional.of(TEACHER);
        }
        return key.startsWith("nhan vien ") ? Optional.of(STAFF) : Optional.empty();
    }

    public static String labels() {
        return "Giáo viên, Nhân viên, Hiệu trưởng, Phó Hiệu trưởng, Tổng phụ trách Đội, Kế toán, Thư viện, Khác";
    }
}
