package vn.thidua.award;

/** Xếp loại (rating) as the finalized event carries it, best first; NOT_RATED ranks below every rating. */
public enum Rating {
    HTXS("Hoàn thành xuất sắc nhiệm vụ", 4),
    HTT("Hoàn thành tốt nhiệm vụ", 3),
    HT("Hoàn thành nhiệm vụ", 2),
    KHT("Không hoàn thành nhiệm vụ", 1),
    NOT_RATED("Không xếp loại", 0);

    public final String label;
    public final int rank;

    Rating(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public boolean atLeast(Rating other) {
        return rank >= other.rank;
    }

    public String describe() {
        return label + " (" + name() + ")";
    }
}
