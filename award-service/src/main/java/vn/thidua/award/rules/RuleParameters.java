package vn.thidua.award.rules;

import vn.thidua.award.rules.RuleSet.Parameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The parameters the rules read, as every version must state them: each key and its kind, which a national set may
 * leave out, which only a national set may define, and the check of a version's parameter list. What the values
 * are is the version's ({@link RuleSet}); what they mean, the rules' that read them.
 */
public final class RuleParameters {

    /** Every parameter the rules read, and its kind; a version must define all of them and nothing else. */
    public static final Map<String, ParameterKind> KINDS = kinds(
            "ldtt.minRating", ParameterKind.RATING,
            "ldtt.minMonthsWorked", ParameterKind.NUMBER,
            "ldtt.maternityCountsAsWork", ParameterKind.BOOLEAN,
            "individual.disciplineBlocksFrom", ParameterKind.DISCIPLINE,
            "rating.cappedAbsenceMonths", ParameterKind.NUMBER,
            "rating.notRatedAbsenceMonths", ParameterKind.NUMBER,
            "cstdcs.minInitiativeLevel", ParameterKind.INITIATIVE_LEVEL,
            "cstdcs.initiativeWindowYears", ParameterKind.NUMBER,
            "cstdcs.maxShareOfLdtt", ParameterKind.NUMBER,
            "cstdcs.minQuota", ParameterKind.NUMBER,
            "cstdcs.ranking", ParameterKind.RANKING,
            "cstdTinh.consecutiveCstdcsYears", ParameterKind.NUMBER,
            "cstdTinh.minInitiativeLevel", ParameterKind.INITIATIVE_LEVEL,
            "cstdTinh.initiativeWindowYears", ParameterKind.NUMBER,
            "giayKhen.minRating", ParameterKind.RATING,
            "htxs.maxSharePercent", ParameterKind.NUMBER,
            "htxs.shareBase", ParameterKind.HTXS_BASE,
            "htxs.shareScope", ParameterKind.HTXS_SCOPE,
            "ttldtt.minLdttShare", ParameterKind.NUMBER,
            "ttldxs.minLdttShare", ParameterKind.NUMBER,
            "ttldxs.minMemberRating", ParameterKind.RATING,
            "ttldxs.minCstdcs", ParameterKind.NUMBER,
            "collective.disciplineBlocksFrom", ParameterKind.DISCIPLINE,
            "council.quorum", ParameterKind.FRACTION,
            "council.agreePercent", ParameterKind.NUMBER,
            "council.secretBallotAgreePercent", ParameterKind.NUMBER,
            "council.secretBallotTitles", ParameterKind.TITLES,
            "council.agreeBase", ParameterKind.COUNCIL_BASE,
            "council.titleRules", ParameterKind.COUNCIL_TITLE_RULES,
            "bangKhen.consecutiveYears", ParameterKind.NUMBER,
            "bangKhen.minRating", ParameterKind.RATING,
            "bangKhen.earlierYearTitles", ParameterKind.TITLES,
            "bangKhen.minInitiatives", ParameterKind.NUMBER,
            "bangKhen.minInitiativeLevel", ParameterKind.INITIATIVE_LEVEL,
            "bangKhen.collectiveConsecutiveYears", ParameterKind.NUMBER,
            "collective.excellentYearTitles", ParameterKind.TITLES,
            "coThiDua.consecutiveYears", ParameterKind.NUMBER,
            "coThiDua.requiresBlockLead", ParameterKind.BOOLEAN);

    /**
     * The parameters of the Bằng khen of the province chair (individual, then collective) and of the province's Cờ
     * thi đua (issue 11): optional, since versions published before them lack them; a set without all of a title's
     * parameters does not compute that title (no check, rather than a guess).
     */
    public static final List<String> BANG_KHEN_INDIVIDUAL = List.of("bangKhen.consecutiveYears", "bangKhen.minRating",
            "bangKhen.earlierYearTitles", "bangKhen.minInitiatives", "bangKhen.minInitiativeLevel");
    public static final List<String> BANG_KHEN_COLLECTIVE = List.of("bangKhen.collectiveConsecutiveYears",
            "collective.excellentYearTitles");
    public static final List<String> CO_THI_DUA = List.of("coThiDua.consecutiveYears", "collective.excellentYearTitles",
            "coThiDua.requiresBlockLead");

    /**
     * Parameters a national set may leave out, and what their absence means: no CSTĐCS cap (NĐ 152/2025 sets no
     * ratio; a province may), the HTXS share of those rated HTT or above in the whole unit, council agreement over
     * the members present and no title with its own council rule.
     */
    public static final Set<String> OPTIONAL = Set.copyOf(Stream.of(
            List.of("cstdcs.maxShareOfLdtt", "htxs.shareBase", "htxs.shareScope", "council.agreeBase",
                    "council.titleRules"), BANG_KHEN_INDIVIDUAL, BANG_KHEN_COLLECTIVE, CO_THI_DUA)
            .flatMap(List::stream).toList());

    private RuleParameters() {
    }

    /**
     * Parameters only a national set defines: evaluation-service applies them from its copy of the national
     * versions (thidua.rules.v1), which knows no layers, so a province or unit layer may not change them.
     */
    public static boolean nationalOnly(String key) {
        return key.startsWith("htxs.") || key.startsWith("rating.");
    }

    /**
     * Problems of a parameter list as {field, message}, fields indexed as given ({@code parameters[2].value});
     * {@code complete}: every parameter the rules read must be there.
     */
    public static List<String[]> problems(List<Parameter> parameters, boolean complete) {
        List<String[]> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            String field = "parameters[" + i + "]";
            if (p == null || p.key() == null) {
                problems.add(new String[] {field + ".key", "Bắt buộc (required)"});
                continue;
            }
            if (seen.put(p.key(), i) != null) {
                problems.add(new String[] {field + ".key", "Trùng tham số " + p.key() + " (duplicate parameter)"});
            }
            ParameterKind kind = KINDS.get(p.key());
            if (kind == null) {
                problems.add(new String[] {field + ".key", "Tham số không được dùng: " + p.key() + " (unknown parameter)"});
                continue;
            }
            String problem = kind.problem(p.value());
            if (problem != null) {
                problems.add(new String[] {field + ".value", p.key() + " " + problem});
            }
            if (p.source() == null || p.source().isBlank()) {
                problems.add(new String[] {field + ".source", "Ghi nguồn của tham số " + p.key()
                        + " (the source of every parameter is required)"});
            }
        }
        if (complete) {
            for (String key : KINDS.keySet()) {
                if (!seen.containsKey(key) && !OPTIONAL.contains(key)) {
                    problems.add(new String[] {"parameters", "Thiếu tham số " + key + " (missing parameter)"});
                }
            }
        }
        return problems;
    }

    private static Map<String, ParameterKind> kinds(Object... keysAndKinds) {
        Map<String, ParameterKind> kinds = new LinkedHashMap<>();
        for (int i = 0; i < keysAndKinds.length; i += 2) {
            kinds.put((String) keysAndKinds[i], (ParameterKind) keysAndKinds[i + 1]);
        }
        return Collections.unmodifiableMap(kinds);
    }
}
