package vn.thidua.evaluation;

import java.util.Map;
import java.util.UUID;

/** Envelopes as plan-service and award-service send them, for feeding the real broker in tests. */
public final class Events {

    private Events() {
    }

    public static String planPublished(String eventId, UUID planId, String unit, String contentsJson) {
        return planPublished(eventId, planId, unit, "2022-2023", contentsJson);
    }

    /** A unit has one cycle per school year: tests that open several for one unit give each its own year. */
    public static String planPublished(String eventId, UUID planId, String unit, String schoolYear, String contentsJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.plan.published.v1",
                 "subject":"%s","time":"2023-02-20T08:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "schoolyear":"%s","data":{"planId":"%s","version":1,"unitCode":"%s","schoolYear":"%s",
                 "year":2023,"title":"Kế hoạch phát động phong trào thi đua năm 2023","documentNumber":null,
                 "documentDate":null,"basedOnPlanId":null,"contents":%s,"publishedAt":"2023-02-20T08:00:00Z"}}"""
                .formatted(eventId, planId, unit, schoolYear, planId, unit, schoolYear, contentsJson);
    }

    private static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(2030);

    /** A school year no other call of this run has taken: 2030-2031, 2031-2032, … */
    public static String freshSchoolYear() {
        int year = YEARS.getAndIncrement();
        return year + "-" + (year + 1);
    }

    public static String unitUpserted(String code, String name, String level, String parent) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.unit.upserted.v1",
                 "subject":"%s","time":"2023-01-01T00:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"code":"%s","name":"%s","level":"%s","parentCode":%s,"validFrom":"2020-01-01","validTo":null}}"""
                .formatted(UUID.randomUUID(), code, code, code, name, level, parent == null ? "null" : "\"" + parent + "\"");
    }

    /** vn.thidua.unit.moved.v1: the unit under {@code to} from {@code effective}, formerly under {@code from}. */
    public static String unitMoved(String code, String from, String to, String effective) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.unit.moved.v1",
                 "subject":"%s","time":"2025-07-01T00:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"code":"%s","fromParentCode":"%s","toParentCode":"%s","effectiveDate":"%s"}}"""
                .formatted(UUID.randomUUID(), code, code, code, from, to, effective);
    }

    /** A rule set version as award-service publishes it, with only the parameter this service applies. */
    public static String ruleSetPublished(String version, String effectiveFrom, String effectiveTo, double htxsSharePercent) {
        return ruleSetPublished(UUID.randomUUID(), version, effectiveFrom, effectiveTo, htxsSharePercent);
    }

    public static String ruleSetPublished(UUID eventId, String version, String effectiveFrom, String effectiveTo,
            double htxsSharePercent) {
        return ruleSetPublished(eventId, version, effectiveFrom, effectiveTo, htxsSharePercent, Map.of());
    }

    /** With more parameters, {@code key → value} (a String value goes out quoted, a number as it is). */
    public static String ruleSetPublished(UUID eventId, String version, String effectiveFrom, String effectiveTo,
            double htxsSharePercent, Map<String, Object> more) {
        StringBuilder extra = new StringBuilder();
        more.forEach((key, value) -> extra.append(",{\"key\":\"").append(key).append("\",\"value\":")
                .append(value instanceof String ? "\"" + value + "\"" : value)
                .append(",\"unit\":null,\"description\":\"Tham số thử\",\"source\":\"Thử nghiệm\"}"));
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/award-service","type":"vn.thidua.rules.ruleset-published.v1",
                 "subject":"%s","time":"2024-01-01T00:00:00Z","datacontenttype":"application/json","unit":"ALL",
                 "data":{"version":"%s","effectiveFrom":"%s","effectiveTo":%s,
                  "legalBasis":[{"number":"90/2020/NĐ-CP","title":"Nghị định về đánh giá, xếp loại chất lượng","date":null}],
                  "parameters":[{"key":"htxs.maxSharePercent","value":%s,"unit":"%%","description":"Tỉ lệ tối đa HTXS",
                   "source":"Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP — cần đối chiếu"}%s],
                  "publishedBy":"test","publishedAt":"2024-01-01T00:00:00Z"}}"""
                .formatted(eventId, version, version, effectiveFrom,
                        effectiveTo == null ? "null" : "\"" + effectiveTo + "\"", htxsSharePercent, extra);
    }
}
