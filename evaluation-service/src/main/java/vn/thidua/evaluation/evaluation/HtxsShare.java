package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;
import vn.thidua.evaluation.rules.ShareLimit;

/**
 * The cap on "hoàn thành xuất sắc" per cycle: at most {@code percent} % of {@code counted}, those in the
 * share's base ({@code htxs.shareBase}: rated at least HTT, the default, or rated HTT), over the school
 * or over one group of staff ({@code htxs.shareScope}; {@code group} names it, null for the school).
 * Checked on the finalized ratings as they would be after a change, so with 12 rated HTT or better at
 * most 2 may be HTXS (20 % of 12 is 2.4).
 */
record HtxsShare(int htxs, int counted, double percent, ShareLimit.Base base, String group) {

    /** The default base over the whole school (the share before the base and scope were parameters). */
    HtxsShare(int htxs, int atLeastHtt, double percent) {
        this(htxs, atLeastHtt, percent, ShareLimit.Base.HTT_AND_ABOVE, null);
    }

    /** Nothing finalised yet, under {@code limit}, in {@code group} (null: the school). */
    static HtxsShare empty(ShareLimit limit, String group) {
        return new HtxsShare(0, 0, limit.percent(), limit.base(), group);
    }

    /** The most HTXS ratings {@code counted} allows (rounded down, as award-service's quota check does). */
    public int max() {
        return (int) Math.floor(counted * percent / 100.0 + 1e-9);
    }

    public boolean exceeded() {
        return htxs > max();
    }

    /** Whether {@code rating} is in the base the percentage is taken of. */
    boolean inBase(Rating rating) {
        return base == ShareLimit.Base.HTT ? rating == Rating.HTT : rating.atLeastHtt();
    }

    /** The share after one more finalized rating of {@code rating}. */
    public HtxsShare with(Rating rating) {
        return new HtxsShare(htxs + (rating == Rating.HTXS ? 1 : 0), counted + (inBase(rating) ? 1 : 0), percent,
                base, group);
    }

    /** The share after {@code count} more finalized ratings of {@code rating}. */
    HtxsShare with(Rating rating, int count) {
        return new HtxsShare(htxs + (rating == Rating.HTXS ? count : 0), counted + (inBase(rating) ? count : 0),
                percent, base, group);
    }

    public String describe() {
        String where = group == null ? "" : " trong tổ " + group;
        String whereEn = group == null ? "" : " in group " + group;
        if (base == ShareLimit.Base.HTT) {
            return "đã có " + htxs + " người hoàn thành xuất sắc" + where + " so với " + counted + " người hoàn thành tốt, "
                    + "tối đa " + max() + " (" + percentText() + " % số hoàn thành tốt) (HTXS would be " + htxs + " against "
                    + counted + " rated HTT" + whereEn + "; at most " + max() + ")";
        }
        return "đã có " + htxs + "/" + counted + " người hoàn thành xuất sắc trong số được xếp loại từ hoàn thành "
                + "tốt trở lên" + where + ", tối đa " + max() + " (" + percentText() + " %) (HTXS would be " + htxs + " of "
                + counted + " rated at least HTT" + whereEn + "; at most " + max() + ")";
    }

    private String percentText() {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}
