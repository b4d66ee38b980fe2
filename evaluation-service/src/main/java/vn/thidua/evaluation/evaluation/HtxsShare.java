package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;

/**
 * The cap on "hoàn thành xuất sắc" per school and cycle: at most {@code percent} % of those rated
 * at least HTT (DESIGN.md, default 20 %). Checked on the finalized ratings as they would be after
 * a change, so with 12 rated HTT or better at most 2 may be HTXS (20 % of 12 is 2.4).
 */
record HtxsShare(int htxs, int atLeastHtt, double percent) {

    /** The most HTXS ratings {@code atLeastHtt} allows (rounded down, as award-service's quota check does). */
    public int max() {
        return (int) Math.floor(atLeastHtt * percent / 100.0 + 1e-9);
    }

    public boolean exceeded() {
        return htxs > max();
    }

    /** The share after one more finalized rating of {@code rating}. */
    public HtxsShare with(Rating rating) {
        return new HtxsShare(htxs + (rating == Rating.HTXS ? 1 : 0), atLeastHtt + (rating.atLeastHtt() ? 1 : 0),
                percent);
    }

    public String describe() {
        return "đã có " + htxs + "/" + atLeastHtt + " người hoàn thành xuất sắc trong số được xếp loại từ hoàn thành "
                + "tốt trở lên, tối đa " + max() + " (" + percentText() + " %) (HTXS would be " + htxs + " of " + atLeastHtt
                + " rated at least HTT; at most " + max() + ")";
    }

    private String percentText() {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}
