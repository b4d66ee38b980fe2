package vn.thidua.award.council;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The count of one ballot and its outcome. The share of agreement is taken over the members present
 * (a present member who does not vote counts as not agreeing), as the contract's example computes
 * it: 5 of 6 present → 83.33. Whether it passes is decided on the exact fraction, not on the rounded
 * percentage: "at least 70 %" means agree × 100 ≥ 70 × present.
 */
record CouncilTally(int agree, int disagree, int abstain, int present) {

    public CouncilTally {
        if (agree < 0 || disagree < 0 || abstain < 0 || present < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (agree + disagree + abstain > present) {
            throw new IllegalArgumentException("more votes (" + (agree + disagree + abstain) + ") than members present ("
                    + present + ")");
        }
    }

    /** Percent of the members present who agree, two decimals, half up; 0 when nobody is present. */
    public BigDecimal percentAgree() {
        if (present == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(agree * 100L).divide(BigDecimal.valueOf(present), 2, RoundingMode.HALF_UP);
    }

    public boolean passed(BigDecimal thresholdPercent) {
        return present > 0
                && BigDecimal.valueOf(agree * 100L).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(present))) >= 0;
    }

    /**
     * The agreement as the base counts it: over the members present; over those present plus the absent members'
     * written opinions; or over all members, agreeing present members and written agreements together.
     */
    public Share over(CouncilRules.Base base, int writtenAgree, int writtenTotal, int members) {
        return switch (base) {
            case PRESENT -> new Share(agree, present);
            case PRESENT_AND_WRITTEN -> new Share(agree + writtenAgree, present + writtenTotal);
            case ALL_MEMBERS -> new Share(agree + writtenAgree, members);
        };
    }

    /** {@code agree} of {@code of}; passes on the exact fraction. */
    public record Share(int agree, int of) {

        public BigDecimal percent() {
            return of == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(agree * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
        }

        public boolean passed(BigDecimal thresholdPercent) {
            return of > 0 && BigDecimal.valueOf(agree * 100L).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(of))) >= 0;
        }
    }

    /** Members present who cast no vote. */
    public int notVoted() {
        return present - agree - disagree - abstain;
    }
}
