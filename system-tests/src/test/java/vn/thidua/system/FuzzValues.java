package vn.thidua.system;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The seeded ids of one school (the caller's, or another school's for the cross-unit requests), by the name a
 * path parameter, query parameter or body property gives them.
 */
final class FuzzValues {

    private final Map<String, String> values = new HashMap<>();

    FuzzValues put(String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    String get(String name) {
        return values.get(name);
    }

    /** The value of path parameter {@code name} in {@code template}, named by the collection before it. */
    String path(String template, String name) {
        String[] segments = template.split("/");
        String collection = "";
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                collection = i > 0 ? segments[i - 1] : "";
                break;
            }
        }
        String value = switch (name) {
            case "code", "unitCode" -> values.get(name.equals("unitCode") ? "office" : "unit");
            case "cycleId", "staffId", "itemId", "groupCode", "schoolYear" -> values.get(name);
            case "version" -> collection.equals("rulesets") ? values.get("ruleSetVersion") : "1";
            case "id" -> switch (collection) {
                case "plans" -> values.get("planId");
                case "cycles" -> values.get("cycleId");
                case "evaluations" -> values.get("evaluationId");
                case "registrations" -> values.get("registrationId");
                case "staff" -> values.get("staffId");
                case "councils" -> values.get("councilId");
                case "nominations" -> values.get("nominationId");
                case "decisions" -> values.get("decisionId");
                case "submissions" -> values.get("submissionId");
                case "parked" -> "1";
                default -> null;
            };
            default -> null;
        };
        return value != null ? value : UUID.nameUUIDFromBytes(name.getBytes()).toString();
    }

    /** A plausible query parameter value, or null when the fuzz has none (then only required ones are sent). */
    String query(String name) {
        return switch (name) {
            case "unit", "school" -> values.get("unit");
            case "schoolYear" -> values.get("schoolYear");
            case "cycle" -> values.get("cycleId");
            case "decisionId" -> values.get("decisionId");
            case "page" -> "0";
            case "size" -> "5";
            case "date", "activeOn" -> "2023-05-01";
            default -> null;
        };
    }

    /** A seeded value for a body property of that name (nomineeId → a staff id), or null. */
    String property(String name) {
        return switch (name) {
            case "unitCode", "unit" -> values.get("unit");
            case "schoolYear" -> values.get("schoolYear");
            case "staffId", "nomineeId", "staff" -> values.get("staffId");
            case "cycleId" -> values.get("cycleId");
            case "planId", "basedOnPlanId" -> values.get("officePlanId");
            case "nominationId", "nominationIds" -> values.get("nominationId");
            case "councilSessionId" -> values.get("councilId");
            case "staffCode" -> values.get("staffCode");
            case "groupCode" -> values.get("groupCode");
            case "parentCode" -> values.get("office");
            default -> null;
        };
    }
}
