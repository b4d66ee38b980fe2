package vn.thidua.evaluation;

import java.util.UUID;

/** Envelopes as plan-service sends them, for feeding the real broker in tests. */
public final class Events {

    private Events() {
    }

    public static String planPublished(String eventId, UUID planId, String unit, String contentsJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.plan.published.v1",
                 "subject":"%s","time":"2023-02-20T08:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "schoolyear":"2022-2023","data":{"planId":"%s","version":1,"unitCode":"%s","schoolYear":"2022-2023",
                 "year":2023,"title":"Kế hoạch phát động phong trào thi đua năm 2023","documentNumber":null,
                 "documentDate":null,"basedOnPlanId":null,"contents":%s,"publishedAt":"2023-02-20T08:00:00Z"}}"""
                .formatted(eventId, planId, unit, planId, unit, contentsJson);
    }

    public static String unitUpserted(String code, String name, String level, String parent) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/plan-service","type":"vn.thidua.unit.upserted.v1",
                 "subject":"%s","time":"2023-01-01T00:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"code":"%s","name":"%s","level":"%s","parentCode":%s,"validFrom":"2020-01-01","validTo":null}}"""
                .formatted(UUID.randomUUID(), code, code, code, name, level, parent == null ? "null" : "\"" + parent + "\"");
    }
}
