package vn.thidua.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Xếp loại chất lượng (rating) as the {@code finalized} event carries it, best first. NOT_RATED
 * (không xếp loại) ranks below every rating and is the principal's decision, never a self-assessment.
 * The names are the schema's enum: {@code RatingTest} holds the two together.
 */
public enum Rating {
    HTXS("Hoàn thành xuất sắc nhiệm vụ", 4),
    HTT("Hoàn thành tốt nhiệm vụ", 3),
    HT("Hoàn thành nhiệm vụ", 2),
    KHT("Không hoàn thành nhiệm vụ", 1),
    NOT_RATED("Không xếp loại", 0);

    public final String label;
    private final int rank;

    Rating(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public boolean atLeast(Rating other) {
        return rank >= other.rank;
    }

    /** Whether this rating is at least "hoàn thành tốt" (the base of the HTXS share). */
    public boolean atLeastHtt() {
        return atLeast(HTT);
    }

    /** A rating a person can give themselves or a criterion. */
    public boolean rated() {
        return this != NOT_RATED;
    }

    /** "Hoàn thành tốt nhiệm vụ (HTT)". */
    public String describe() {
        return label + " (" + name() + ")";
    }

    public static Optional<Rating> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equals(text.strip())).findFirst();
    }

    /** "HTXS, HTT, HT, KHT, NOT_RATED", for error messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
