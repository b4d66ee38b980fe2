package vn.thidua.evaluation.rules;

import vn.thidua.platform.problem.ProblemException;

import java.util.List;

/** Problems of the rule-set read copy. */
final class RuleSetProblems {

    private RuleSetProblems() {
    }

    /** 503: nothing to check a rating against until award-service's rule sets have arrived. */
    static ProblemException noRuleSetYet() {
        return new ProblemException(503, "rule-set-missing", "Chưa có bộ quy tắc (no rule set yet)",
                "Chưa nhận được bộ quy tắc thi đua từ award-service (thidua.rules.v1), nên chưa kiểm tra được tỉ lệ "
                        + "hoàn thành xuất sắc; thử lại sau ít phút, hoặc kiểm tra award-service đã chạy "
                        + "(no rule set received from award-service yet: retry in a minute, or check that award-service runs)",
                List.of());
    }

    /** 503: a version without the parameter is award-service's bug, never the caller's. */
    static ProblemException parameterMissing(String version, String key) {
        return new ProblemException(503, "rule-set-missing", "Bộ quy tắc thiếu tham số (rule set lacks a parameter)",
                "Bộ quy tắc " + version + " không có tham số " + key + " (rule set " + version + " has no " + key + ")",
                List.of());
    }

    /** 503: a value of the wrong kind is award-service's bug too; refusing beats guessing a rule. */
    static ProblemException parameterMalformed(String version, String key, Object value) {
        return new ProblemException(503, "rule-set-malformed", "Tham số bộ quy tắc sai kiểu (rule set parameter malformed)",
                "Bộ quy tắc " + version + ": tham số " + key + " có giá trị không dùng được \"" + value + "\" (rule set "
                        + version + ": " + key + " has an unusable value)",
                List.of());
    }
}
