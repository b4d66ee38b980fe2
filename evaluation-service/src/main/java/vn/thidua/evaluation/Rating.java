package vn.thidua.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** Xếp loại chất lượng (rating), best first; NOT_RATED stands outside the order. */
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

    /** Whether this rating is at least "hoàn thành tốt" (the base of the HTXS share). */
    public boolean atLeastHtt() {
        return rank >= HTT.rank;
    }

    /** A rating a person can give themselves or a criterion (NOT_RATED is the principal's decision). */
    public boolean rated() {
        return this != NOT_RATED;
    }

    public static Optional<Rating> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equals(text.strip())).findFirst();
    }

    public static String names() {
        return "HTXS, HTT, HT, KHT, NOT_RATED";
    }
}
