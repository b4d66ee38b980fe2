package vn.thidua.award.rules;

import vn.thidua.award.eligibility.DisciplineForm;
import vn.thidua.award.eligibility.InitiativeLevel;
import vn.thidua.award.eligibility.Quotas;
import vn.thidua.contracts.Rating;

import vn.thidua.platform.time.Versions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A published version of the rules (bộ quy tắc thi đua): its legal basis, the dates it is in force,
 * the parameters the rules read and the authority table. Immutable: a change is a new version.
 * Plain Java, so the rules are tested without the application.
 */
public record RuleSet(String version, List<LegalDocument> legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo,
        List<Parameter> parameters, List<Authority> authority, String publishedBy, OffsetDateTime publishedAt,
        Layer layer, String scopeUnit) implements Versions.Dated {

    /**
     * Where a set sits among the rules that apply to a unit: the national set of a legal regime (complete), a
     * province's quy chế over it, an office's or commune's over that (each only the parameters it changes).
     */
    public enum Layer {
        NATIONAL("quốc gia"), PROVINCE("tỉnh"), UNIT("đơn vị");

        public final String label;

        Layer(String label) {
            this.label = label;
        }
    }

    /** A national set (the shape every version had before layers). */
    public RuleSet(String version, List<LegalDocument> legalBasis, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<Parameter> parameters, List<Authority> authority, String publishedBy, OffsetDateTime publishedAt) {
        this(version, legalBasis, effectiveFrom, effectiveTo, parameters, authority, publishedBy, publishedAt,
                Layer.NATIONAL, null);
    }

    /** Căn cứ pháp lý: {"number":"06/2022/QH15","title":"Luật Thi đua, khen thưởng","date":"2022-06-15"}. */
    public record LegalDocument(String number, String title, LocalDate date) {
    }

    /**
     * One parameter: value (number, text or true/false), unit, what it means and where it comes from;
     * {@code verified} whether the value was read in the legal text itself (false or absent: "cần đối chiếu").
     * {@code layer} and {@code layerVersion} are filled in by resolution: the layer and version it came from.
     */
    public record Parameter(String key, Object value, String unit, String description, String source,
            Boolean verified, Layer layer, String layerVersion) {

        public Parameter(String key, Object value, String unit, String description, String source) {
            this(key, value, unit, description, source, null, null, null);
        }

        public boolean isVerified() {
            return Boolean.TRUE.equals(verified);
        }

        /** The parameter as taken from {@code set}. */
        Parameter from(RuleSet set) {
            return new Parameter(key, value, unit, description, source, isVerified(), set.layer(), set.version());
        }
    }

    /**
     * Who decides a title or form (thẩm quyền quyết định): for a recipient ({@code INDIVIDUAL}, a
     * professional {@code GROUP}, the {@code SCHOOL} itself), the unit level that decides
     * ({@code SCHOOL}, {@code OFFICE}, {@code PROVINCE}, {@code NATIONAL}) and the office holder.
     */
    public record Authority(Title title, String recipient, String decidedAtLevel, String decider, String source) {
    }

    /** What a parameter's value must be; used when a new version is published. */
    public enum Kind {
        NUMBER, BOOLEAN, RATING, DISCIPLINE, INITIATIVE_LEVEL, FRACTION, TITLES, RANKING, HTXS_BASE, HTXS_SCOPE,
        COUNCIL_BASE, COUNCIL_TITLE_RULES;

        /** Null when {@code value} fits, else why not (Vietnamese with English). */
        String problem(Object value) {
            return switch (this) {
                case NUMBER -> value instanceof Number n && n.doubleValue() >= 0 ? null
                        : "phải là số không âm (a non-negative number)";
                case BOOLEAN -> value instanceof Boolean ? null : "phải là true/false (a boolean)";
                case RATING -> names(value, Rating.class, false);
                case DISCIPLINE -> names(value, DisciplineForm.class, false);
                case INITIATIVE_LEVEL -> names(value, InitiativeLevel.class, false);
                case TITLES -> names(value, Title.class, true);
                case RANKING -> names(value, Quotas.RankingKey.class, true);
                case HTXS_BASE -> names(value, Quotas.HtxsBase.class, false);
                case HTXS_SCOPE -> names(value, Quotas.HtxsScope.class, false);
                case COUNCIL_BASE -> value instanceof String b && b.strip().matches("PRESENT|PRESENT_AND_WRITTEN|ALL_MEMBERS")
                        ? null : "phải là PRESENT, PRESENT_AND_WRITTEN hoặc ALL_MEMBERS";
                case COUNCIL_TITLE_RULES -> value instanceof String rules && titleRules(rules) ? null
                        : "phải có dạng \"CSTD_TQ:SECRET:90:ALL_MEMBERS;…\" (title:OPEN|SECRET:percent:base)";
                case FRACTION -> value instanceof String s && s.matches("\\d+/[1-9]\\d*") ? null
                        : "phải là phân số như \"2/3\" (a fraction such as \"2/3\")";
            };
        }

        private static boolean titleRules(String text) {
            for (String entry : text.split(";")) {
                String[] parts = entry.strip().split(":");
                if (parts.length != 4 || Arrays.stream(Title.values()).noneMatch(t -> t.name().equals(parts[0].strip()))
                        || !parts[1].strip().matches("OPEN|SECRET") || !parts[2].strip().matches("\\d{1,3}(\\.\\d+)?")
                        || !parts[3].strip().matches("PRESENT|PRESENT_AND_WRITTEN|ALL_MEMBERS")) {
                    return false;
                }
            }
            return true;
        }

        private static <E extends Enum<E>> String names(Object value, Class<E> type, boolean list) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            if (!(value instanceof String text) || text.isBlank()) {
                return "phải là " + (list ? "danh sách cách nhau bởi dấu phẩy trong " : "một trong ") + allowed;
            }
            for (String name : list ? text.split(",") : new String[] {text}) {
                if (Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(name.strip()))) {
                    return "\"" + name.strip() + "\" không hợp lệ; dùng " + allowed + " (not one of " + allowed + ")";
                }
            }
            return null;
        }
    }

    /** Every parameter the rules read, and its kind; a version must define all of them and nothing else. */
    public static final Map<String, Kind> PARAMETERS = kinds(
            "ldtt.minRating", Kind.RATING,
            "ldtt.minMonthsWorked", Kind.NUMBER,
            "ldtt.maternityCountsAsWork", Kind.BOOLEAN,
            "individual.disciplineBlocksFrom", Kind.DISCIPLINE,
            "rating.cappedAbsenceMonths", Kind.NUMBER,
            "rating.notRatedAbsenceMonths", Kind.NUMBER,
            "cstdcs.minInitiativeLevel", Kind.INITIATIVE_LEVEL,
            "cstdcs.initiativeWindowYears", Kind.NUMBER,
            "cstdcs.maxShareOfLdtt", Kind.NUMBER,
            "cstdcs.minQuota", Kind.NUMBER,
            "cstdcs.ranking", Kind.RANKING,
            "cstdTinh.consecutiveCstdcsYears", Kind.NUMBER,
            "cstdTinh.minInitiativeLevel", Kind.INITIATIVE_LEVEL,
            "cstdTinh.initiativeWindowYears", Kind.NUMBER,
            "giayKhen.minRating", Kind.RATING,
            "htxs.maxSharePercent", Kind.NUMBER,
            "htxs.shareBase", Kind.HTXS_BASE,
            "htxs.shareScope", Kind.HTXS_SCOPE,
            "ttldtt.minLdttShare", Kind.NUMBER,
            "ttldxs.minLdttShare", Kind.NUMBER,
            "ttldxs.minMemberRating", Kind.RATING,
            "ttldxs.minCstdcs", Kind.NUMBER,
            "collective.disciplineBlocksFrom", Kind.DISCIPLINE,
            "council.quorum", Kind.FRACTION,
            "council.agreePercent", Kind.NUMBER,
            "council.secretBallotAgreePercent", Kind.NUMBER,
            "council.secretBallotTitles", Kind.TITLES,
            "council.agreeBase", Kind.COUNCIL_BASE,
            "council.titleRules", Kind.COUNCIL_TITLE_RULES,
            "bangKhen.consecutiveYears", Kind.NUMBER,
            "bangKhen.minRating", Kind.RATING,
            "bangKhen.earlierYearTitles", Kind.TITLES,
            "bangKhen.minInitiatives", Kind.NUMBER,
            "bangKhen.minInitiativeLevel", Kind.INITIATIVE_LEVEL,
            "bangKhen.collectiveConsecutiveYears", Kind.NUMBER,
            "collective.excellentYearTitles", Kind.TITLES,
            "coThiDua.consecutiveYears", Kind.NUMBER,
            "coThiDua.requiresBlockLead", Kind.BOOLEAN);

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
    public static final java.util.Set<String> OPTIONAL = java.util.Set.copyOf(java.util.stream.Stream.of(
            List.of("cstdcs.maxShareOfLdtt", "htxs.shareBase", "htxs.shareScope", "council.agreeBase",
                    "council.titleRules"), BANG_KHEN_INDIVIDUAL, BANG_KHEN_COLLECTIVE, CO_THI_DUA)
            .flatMap(List::stream).toList());

    /**
     * Parameters only a national set defines: evaluation-service applies them from its copy of the national
     * versions (thidua.rules.v1), which knows no layers, so a province or unit layer may not change them.
     */
    public static boolean nationalOnly(String key) {
        return key.startsWith("htxs.") || key.startsWith("rating.");
    }

    public RuleSet {
        layer = layer == null ? Layer.NATIONAL : layer;
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        authority = authority == null ? List.of() : List.copyOf(authority);
    }

    /** Whether the set defines every one of {@code keys} (an optional title's parameters). */
    public boolean hasAll(List<String> keys) {
        return keys.stream().allMatch(k -> find(k).isPresent());
    }

    public Optional<Parameter> find(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Parameter parameter(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException("rule set " + version + " lacks " + key));
    }

    public double number(String key) {
        return ((Number) parameter(key).value()).doubleValue();
    }

    public int integer(String key) {
        return (int) Math.floor(number(key));
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(parameter(key).value());
    }

    public String text(String key) {
        return String.valueOf(parameter(key).value()).strip();
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return Enum.valueOf(type, text(key));
    }

    /** The legal source of a parameter, quoted in every condition that reads it. */
    public String source(String key) {
        return find(key).map(Parameter::source).orElse("");
    }

    /** The same set with {@code key} set to {@code value} (for tests and for publishing a changed copy). */
    public RuleSet with(String key, Object value) {
        Parameter old = parameter(key);
        List<Parameter> changed = new ArrayList<>();
        for (Parameter p : parameters) {
            changed.add(p.key().equals(key) ? new Parameter(key, value, old.unit(), old.description(), old.source(),
                    old.verified(), old.layer(), old.layerVersion()) : p);
        }
        return new RuleSet(version, legalBasis, effectiveFrom, effectiveTo, changed, authority, publishedBy,
                publishedAt, layer, scopeUnit);
    }

    /** The same set without {@code key} (an optional parameter left out), for tests. */
    public RuleSet without(String key) {
        return new RuleSet(version, legalBasis, effectiveFrom, effectiveTo,
                parameters.stream().filter(p -> !p.key().equals(key)).toList(), authority, publishedBy, publishedAt,
                layer, scopeUnit);
    }

    /** The same set with {@code parameter} added or in place of the one of its key, for tests. */
    public RuleSet with(Parameter parameter) {
        List<Parameter> changed = new ArrayList<>(without(parameter.key()).parameters());
        changed.add(parameter);
        return new RuleSet(version, legalBasis, effectiveFrom, effectiveTo, changed, authority, publishedBy,
                publishedAt, layer, scopeUnit);
    }

    /** What is wrong with the parameters: missing, unknown, duplicated or of the wrong kind; by field name. */
    public List<String[]> problems() {
        return problems(parameters, true);
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
            Kind kind = PARAMETERS.get(p.key());
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
            for (String key : PARAMETERS.keySet()) {
                if (!seen.containsKey(key) && !OPTIONAL.contains(key)) {
                    problems.add(new String[] {"parameters", "Thiếu tham số " + key + " (missing parameter)"});
                }
            }
        }
        return problems;
    }

    private static Map<String, Kind> kinds(Object... keysAndKinds) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (int i = 0; i < keysAndKinds.length; i += 2) {
            kinds.put((String) keysAndKinds[i], (Kind) keysAndKinds[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
