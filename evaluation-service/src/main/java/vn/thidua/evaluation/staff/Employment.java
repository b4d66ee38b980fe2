package vn.thidua.evaluation.staff;

import java.util.Map;
import java.util.Optional;

/** Diện: viên chức (civil servant, permanent) or hợp đồng (contract: lao động, 68, 111…). */
public enum Employment {
    CIVIL_SERVANT("Viên chức"), CONTRACT("Hợp đồng");

    private static final Map<String, Employment> WORDS = Map.of(
            "vien chuc", CIVIL_SERVANT, "vc", CIVIL_SERVANT, "bien che", CIVIL_SERVANT,
            "civil servant", CIVIL_SERVANT, "contract", CONTRACT);

    public final String label;

    Employment(String label) {
        this.label = label;
    }

    public static Optional<Employment> fromText(String text) {
        String key = StaffTexts.key(text);
        Employment exact = WORDS.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        // "Hợp đồng lao động", "Hợp đồng 68", "HĐ68": every kind of contract is a contract here.
        return key.startsWith("hop dong") || key.matches("hd\\s?\\d*") ? Optional.of(CONTRACT) : Optional.empty();
    }
}
