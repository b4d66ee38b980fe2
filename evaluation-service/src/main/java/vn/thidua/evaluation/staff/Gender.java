package vn.thidua.evaluation.staff;

import java.util.Map;
import java.util.Optional;

/** Giới tính. */
public enum Gender {
    MALE("Nam"), FEMALE("Nữ"), OTHER("Khác");

    private static final Map<String, Gender> WORDS = Map.of(
            "nam", MALE, "male", MALE, "m", MALE,
            "nu", FEMALE, "female", FEMALE, "f", FEMALE,
            "khac", OTHER, "other", OTHER);

    public final String label;

    Gender(String label) {
        this.label = label;
    }

    /** From what a spreadsheet holds: Nam / Nữ / Khác, male / female / other, in any case or accents. */
    public static Optional<Gender> fromText(String text) {
        return Optional.ofNullable(WORDS.get(StaffTexts.key(text)));
    }
}
