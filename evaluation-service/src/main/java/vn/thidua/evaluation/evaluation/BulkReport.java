package vn.thidua.evaluation.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.platform.openapi.ContractFilter;
import vn.thidua.platform.problem.Problem.FieldError;

import java.util.List;
import java.util.UUID;

/** The answer to a bulk post: per-record results; a 422 is also RFC 9457 problem details. */
final class BulkReport {

    private BulkReport() {
    }

    /** What happened to one record. */
    enum Status {
        FINALIZED, FACTS_UPDATED, UNCHANGED, REJECTED,
        /** Valid, but not stored because other records of an atomic call were not. */
        VALID
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(extensions = @Extension(name = ContractFilter.SPARSE, value = "true"))
    record RecordResult(int index, String staffCode, Status status, UUID evaluationId, List<FieldError> errors) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(extensions = @Extension(name = ContractFilter.SPARSE, value = "true"))
    record Report(String type, String title, Integer status, String detail, String mode, int received,
            int finalized, int factsUpdated, int unchanged, int rejected, List<FieldError> errors,
            List<RecordResult> results) {
    }

    /** An atomic call with invalid records: nothing stored. */
    static Report refused(String mode, int received, int rejected, List<FieldError> errors, List<BulkPlan.Item> items) {
        return new Report("https://thidua.vn/problems/bulk-rejected", "Có bản ghi lỗi, chưa lưu gì (nothing stored)", 422,
                rejected + "/" + received + " bản ghi lỗi; sửa rồi gửi lại với khóa mới, hoặc gửi mode=partial "
                        + "để lưu các bản ghi đúng (" + rejected + " of " + received + " records invalid; "
                        + "fix them and send with a new key, or send mode=partial to store the valid ones)",
                mode, received, 0, 0, 0, rejected, errors, results(items));
    }

    /** The valid records stored. */
    static Report stored(String mode, int received, int rejected, List<BulkPlan.Item> items) {
        return new Report(null, null, null, null, mode, received, count(items, Status.FINALIZED),
                count(items, Status.FACTS_UPDATED), count(items, Status.UNCHANGED), rejected, null, results(items));
    }

    private static int count(List<BulkPlan.Item> items, Status status) {
        return (int) items.stream().filter(p -> p.status == status).count();
    }

    private static List<RecordResult> results(List<BulkPlan.Item> items) {
        return items.stream().map(p -> new RecordResult(p.index, p.staffCode, p.status, p.evaluationId, p.errors))
                .toList();
    }
}
