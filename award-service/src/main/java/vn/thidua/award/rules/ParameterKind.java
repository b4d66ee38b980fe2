package vn.thidua.award.rules;

import vn.thidua.award.eligibility.DisciplineForm;
import vn.thidua.award.eligibility.InitiativeLevel;
import vn.thidua.award.eligibility.Quotas;
import vn.thidua.contracts.Rating;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a parameter's value must be; checked when a new version of the rules is published. */
public enum ParameterKind {
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
