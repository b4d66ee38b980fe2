package vn.thidua.plan.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A new plan as written by a principal or an office. */
@Schema(description = "Kế hoạch thi đua mới (a new emulation plan, created as DRAFT)")
public record PlanDraft(
        @Schema(description = "Mã đơn vị ban hành (issuing unit code)", examples = "TH-TRAMCHIM2")
        @NotBlank @Size(max = 64) String unitCode,
        @Schema(description = "Năm học (school year)", examples = "2022-2023")
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "phải có dạng YYYY-YYYY (must look like 2022-2023)")
        String schoolYear,
        @Schema(description = "Tên kế hoạch (title)",
                examples = "Kế hoạch phát động phong trào thi đua năm 2023")
        @NotBlank @Size(max = 1000) String title,
        @Schema(description = "Nội dung thi đua, đánh số như văn bản (numbered contents as written)")
        @NotNull @Valid @Size(max = 200) List<ContentView> contents) {

    /** One numbered content. */
    public record ContentView(
            @Schema(examples = "1") @NotBlank @Size(max = 16) String number,
            @Schema(examples = "Thực hiện tốt các cuộc vận động và phong trào thi đua") @NotBlank @Size(max = 10_000)
            String text) {
    }
}
