package vn.thidua.award.council;

import vn.thidua.award.rules.RuleSet;
import vn.thidua.award.rules.Title;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a council session reads from a rule set (DESIGN.md: quorum two thirds of members; at least
 * 70 % agreement; secret ballot at 90 % for the higher CSTĐ titles). Plain Java, tested without the
 * application.
 *
 * @param quorumNumerator   and {@code quorumDenominator}: {@code council.quorum}, e.g. 2/3
 * @param agreePercent      {@code council.agreePercent}
 * @param secretPercent     {@code council.secretBallotAgreePercent}
 * @param secretTitles      {@code council.secretBallotTitles}: voted by secret ballot, at {@code secretPercent}
 */
record CouncilRules(String version, int quorumNumerator, int quorumDenominator, BigDecimal agreePercent,
        BigDecimal secretPercent, Set<Title> secretTitles) {

    public static final String QUORUM = "council.quorum";
    public static final String AGREE_PERCENT = "council.agreePercent";
    public static final String SECRET_PERCENT = "council.secretBallotAgreePercent";
    public static final String SECRET_TITLES = "council.secretBallotTitles";

    /** Biểu quyết công khai (giơ tay, phiếu ghi tên) or bỏ phiếu kín. */
    public enum Method {
        OPEN("Biểu quyết công khai"), SECRET("Bỏ phiếu kín");

        public final String label;

        Method(String label) {
            this.label = label;
        }
    }

    public CouncilRules {
        secretTitles = secretTitles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(secretTitles));
    }

    public static CouncilRules of(RuleSet rules) {
        String[] quorum = rules.text(QUORUM).split("/");
        Set<Title> secret = Arrays.stream(rules.text(SECRET_TITLES).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Title::valueOf).collect(Collectors.toSet());
        return new CouncilRules(rules.version(), Integer.parseInt(quorum[0].strip()), Integer.parseInt(quorum[1].strip()),
                BigDecimal.valueOf(rules.number(AGREE_PERCENT)).stripTrailingZeros(),
                BigDecimal.valueOf(rules.number(SECRET_PERCENT)).stripTrailingZeros(), secret);
    }

    public String quorum() {
        return quorumNumerator + "/" + quorumDenominator;
    }

    /** The fewest members present for a valid vote: the quorum share of all members, rounded up (5 of 7 at 2/3). */
    public int requiredPresent(int membersTotal) {
        return requiredPresent(quorumNumerator, quorumDenominator, membersTotal);
    }

    public static int requiredPresent(int numerator, int denominator, int membersTotal) {
        long share = (long) membersTotal * numerator;
        return (int) ((share + denominator - 1) / denominator);
    }

    public boolean hasQuorum(int present, int membersTotal) {
        return membersTotal > 0 && present >= requiredPresent(membersTotal);
    }

    /** Whether {@code award} must be voted by secret ballot. */
    public boolean secretRequired(Title award) {
        return secretTitles.contains(award);
    }

    /** The method an item gets unless the principal chooses otherwise. */
    public Method defaultMethod(Title award) {
        return secretRequired(award) ? Method.SECRET : Method.OPEN;
    }

    /** The agreement an award needs: the secret-ballot threshold for the titles voted in secret, else the general one. */
    public BigDecimal threshold(Title award) {
        return secretRequired(award) ? secretPercent : agreePercent;
    }
}
