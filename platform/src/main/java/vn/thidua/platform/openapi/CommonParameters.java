package vn.thidua.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Map;

/**
 * Descriptions and examples of the parameters many operations share, by their HTTP name, for those a resource
 * leaves undescribed; a resource's own {@code @Parameter(description = …)} wins.
 */
final class CommonParameters {

    private record Text(String description, Object example) {
    }

    private static final Map<String, Text> TEXTS = Map.ofEntries(
            Map.entry("page", new Text("Số trang, từ 0 (page number from 0); Link gives the neighbours", 0)),
            Map.entry("size", new Text("Số dòng mỗi trang, 1 đến 500 (rows per page, 1 to 500)", 50)),
            Map.entry("sort", new Text("Thứ tự; tiền tố - là giảm dần (sort order; prefix - for descending)", null)),
            Map.entry("unit", new Text("Mã đơn vị (unit code)", "TH-TRAMCHIM2")),
            Map.entry("unitCode", new Text("Mã đơn vị (unit code)", "TH-TRAMCHIM2")),
            Map.entry("code", new Text("Mã đơn vị (unit code)", "TH-TRAMCHIM2")),
            Map.entry("schoolYear", new Text("Năm học yyyy-yyyy (school year)", "2022-2023")),
            Map.entry("year", new Text("Năm học yyyy-yyyy (school year)", "2022-2023")),
            Map.entry("id", new Text("Mã định danh (id)", null)),
            Map.entry("cycleId", new Text("Mã chu kỳ đánh giá (evaluation cycle id)", null)),
            Map.entry("staffId", new Text("Mã cán bộ (staff id)", null)),
            Map.entry("personId", new Text("Mã người, như nhau ở mọi trường (person id, the same at every school)",
                    null)),
            Map.entry("date", new Text("Ngày yyyy-MM-dd (date)", "2023-05-30")),
            Map.entry("ruleSet", new Text("Phiên bản bộ quy tắc (rule set version)", null)),
            Map.entry("itemId", new Text("Mã mục trong chương trình họp (agenda item id)", null)),
            Map.entry("groupCode", new Text("Mã tổ chuyên môn (professional group code)", "TO-4-5")),
            Map.entry("group", new Text("Mã tổ chuyên môn (professional group code)", "TO-4-5")),
            Map.entry("version", new Text("Phiên bản (version number)", 1)),
            Map.entry("format", new Text("Định dạng trả về (response format)", null)),
            Map.entry("state", new Text("Trạng thái (state)", null)),
            Map.entry("status", new Text("Trạng thái (status)", null)),
            Map.entry("q", new Text("Tìm theo văn bản (text to search for)", null)),
            Map.entry("If-Match", new Text("ETag đã đọc; sai là 412, thiếu khi bắt buộc là 428 "
                    + "(the ETag you read: 412 when stale, 428 when required and absent)", "\"3\"")),
            Map.entry("Idempotency-Key", new Text("Khóa để gửi lại an toàn (key making a retry harmless)",
                    "2023-hk2-lan-1")));

    private CommonParameters() {
    }

    static void describe(Parameter parameter) {
        Text text = TEXTS.get(parameter.getName());
        if (text == null) {
            return;
        }
        if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
            parameter.setDescription(text.description());
        }
        if (text.example() != null && parameter.getExample() == null && fits(parameter, text.example())
                && (parameter.getExamples() == null || parameter.getExamples().isEmpty())) {
            parameter.setExample(text.example());
        }
    }

    /** An example only where the parameter's own schema takes it (a version may be a number or a name). */
    private static boolean fits(Parameter parameter, Object example) {
        if (parameter.getSchema() == null || parameter.getSchema().getType() == null
                || parameter.getSchema().getEnumeration() != null || parameter.getSchema().getPattern() != null) {
            return false;
        }
        SchemaType wanted = example instanceof Integer ? SchemaType.INTEGER : SchemaType.STRING;
        return parameter.getSchema().getType().contains(wanted) && parameter.getSchema().getFormat() == null;
    }

    static Parameter ifNoneMatch() {
        return OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description("ETag đã có; không đổi thì trả 304 không nội dung (an ETag you hold: 304 when unchanged)")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)).example("\"3\"");
    }
}
