package vn.thidua.award.rules;

import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;

/** What the rule set endpoints answer when a request cannot go ahead, in Vietnamese with English. */
final class RuleSetProblems {

    private RuleSetProblems() {
    }

    static ProblemException notFound(String version) {
        return ProblemException.notFound("Bộ quy tắc (rule set)", version);
    }

    static ProblemException noneInForce(LocalDate day) {
        return ProblemException.notFound("Bộ quy tắc hiệu lực ngày", day);
    }

    static ProblemException cannotPublish(RuleSet.Layer layer, String unit) {
        if (layer == RuleSet.Layer.UNIT) {
            return ProblemException.forbidden("Tầng quy tắc của đơn vị do phòng, xã hoặc Sở công bố cho chính đơn vị mình; "
                    + unit + " không phải đơn vị như vậy (a unit layer is published by an office, commune or Sở for itself)");
        }
        return ProblemException.forbidden("Chỉ cấp tỉnh công bố bộ quy tắc quốc gia và quy chế của tỉnh; đơn vị " + unit
                + " không phải cấp tỉnh (only a province-level district user publishes national sets and province layers)");
    }

    static ProblemException nationalOnly(int index, String key) {
        return ProblemException.unprocessable("parameters[" + index + "].key", "Tham số " + key + " chỉ bộ quy tắc "
                + "quốc gia đặt (evaluation-service áp dụng nó từ bản sao các bộ quốc gia); tầng tỉnh, đơn vị không "
                + "thay đổi được (only a national set sets " + key + ")");
    }

    static ProblemException unknownUnit(String unit) {
        return ProblemException.notFound("Đơn vị (unit)", unit);
    }

    static ProblemException versionExists(String version) {
        return ProblemException.conflict("Phiên bản " + version + " đã có; mỗi phiên bản chỉ công bố một lần, "
                + "hãy công bố phiên bản mới (version exists and is never edited: publish a new version)");
    }

    static ProblemException notAfterLatest(LocalDate effectiveFrom, RuleSet latest) {
        return ProblemException.unprocessable("effectiveFrom", "Ngày hiệu lực " + effectiveFrom
                + " phải sau ngày hiệu lực của phiên bản mới nhất " + latest.version() + " ("
                + latest.effectiveFrom() + "); kết quả đã tính không bao giờ bị thay đổi (must be later than the "
                + "latest version's effective date)");
    }

    static ProblemException endsBeforeItStarts() {
        return ProblemException.invalid("effectiveTo", "Ngày hết hiệu lực trước ngày hiệu lực (ends before it starts)");
    }

    static FieldError noLegalBasis() {
        return new FieldError("legalBasis", "Cần ít nhất một căn cứ pháp lý (at least one legal basis)");
    }

    /** The parameter problems of {@link RuleSet#problems}, {field, message} each, as a 400. */
    static ProblemException invalid(List<FieldError> errors) {
        return ProblemException.invalid(errors);
    }

    static FieldError field(String[] problem) {
        return new FieldError(problem[0], problem[1]);
    }

    static ProblemException neverEdited(String version) {
        return new ProblemException(405, "method-not-allowed", "Phương thức không được hỗ trợ (method not allowed)",
                "Phiên bản " + version + " đã công bố không sửa, không xoá được; hãy công bố phiên bản mới với ngày hiệu lực "
                        + "sau (a published version is never edited or deleted: publish a new version)", List.of());
    }
}
