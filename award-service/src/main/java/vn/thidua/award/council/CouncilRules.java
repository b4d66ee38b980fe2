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
        BigDecimal secretPercent, Set<Title> secretTitles, Base defaultBase, java.util.Map<Title, TitleRule> titleRules) {

    public static final String BASE = "council.agreeBase";
    public static final String TITLE_RULES = "council.titleRules";

    /**
     * What the agreement is a share of: the members present; those present plus the written opinions of absent
     * members; or all members of the council (NĐ 152/2025 Điều 33 khoản 5 for CSTĐ toàn quốc: 90 % of all).
     */
    public enum Base {
        PRESENT("số thành viên có mặt"), PRESENT_AND_WRITTEN("số thành viên có mặt và cho ý kiến bằng văn bản"),
        ALL_MEMBERS("tổng số thành viên hội đồng");

        public final String label;

        Base(String label) {
            this.label = label;
        }
    }

    /** A title's own method, threshold and base ({@code council.titleRules}: "CSTD_TQ:SECRET:90:ALL_MEMBERS;…"). */
    public record TitleRule(Method method, BigDecimal percent, Base base) {
    }

    /** The entries of {@code council.titleRules}; throws IllegalArgumentException on a malformed one. */
    public static java.util.Map<Title, TitleRule> titleRules(String text) {
        java.util.Map<Title, TitleRule> rules = new java.util.EnumMap<>(Title.class);
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":");
            if (parts.length != 4) {
                throw new IllegalArgumentException(entry);
            }
            rules.put(Title.valueOf(parts[0].strip()), new TitleRule(Method.valueOf(parts[1].strip()),
                    new BigDecimal(parts[2].strip()), Base.valueOf(parts[3].strip())));
        }
        return rules;
    }

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
        defaultBase = defaultBase == null ? Base.PRESENT : defaultBase;
        titleRules = titleRules == null ? java.util.Map.of() : java.util.Map.copyOf(titleRules);
    }

    CouncilRules(String version, int quorumNumerator, int quorumDenominator, BigDecimal agreePercent,
            BigDecimal secretPercent, Set<Title> secretTitles) {
        this(version, quorumNumerator, quorumDenominator, agreePercent, secretPercent, secretTitles, Base.PRESENT,
                java.util.Map.of());
    }

    public static CouncilRules of(RuleSet rules) {
        String[] quorum = rules.text(QUORUM).split("/");
        Set<Title> secret = Arrays.stream(rules.text(SECRET_TITLES).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Title::valueOf).collect(Collectors.toSet());
        return new CouncilRules(rules.version(), Integer.parseInt(quorum[0].strip()), Integer.parseInt(quorum[1].strip()),
                BigDecimal.valueOf(rules.number(AGREE_PERCENT)).stripTrailingZeros(),
                BigDecimal.valueOf(rules.number(SECRET_PERCENT)).stripTrailingZeros(), secret,
                rules.find(BASE).map(p -> Base.valueOf(String.valueOf(p.value()).strip())).orElse(Base.PRESENT),
                rules.find(TITLE_RULES).map(p -> titleRules(String.valueOf(p.value()))).orElse(java.util.Map.of()));
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
        TitleRule own = titleRules.get(award);
        return own != null ? own.method() == Method.SECRET : secretTitles.contains(award);
    }

    /** What the agreement on {@code award} is a share of. */
    public Base base(Title award) {
        TitleRule own = titleRules.get(award);
        return own != null ? own.base() : defaultBase;
    }

    /** The method an item gets unless the principal chooses otherwise. */
    public Method defaultMethod(Title award) {
        return secretRequired(award) ? Method.SECRET : Method.OPEN;
    }

    /** The agreement an award needs: the secret-ballot threshold for the titles voted in secret, else the general one. */
    public BigDecimal threshold(Title award) {
        TitleRule own = titleRules.get(award);
        if (own != null) {
            return own.percent();
        }
        return secretRequired(award) ? secretPercent : agreePercent;
    }
}
