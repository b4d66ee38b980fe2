package vn.thidua.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.thidua.platform.problem.HttpProblems;
import vn.thidua.platform.problem.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every service's OpenAPI document says the same way, written once here instead of on ~100 operations:
 * the bearer-JWT scheme {@value #SCHEME} on every {@code /api} operation; the {@code Problem} schema
 * (RFC 9457, {@link Problem}) as the {@code application/problem+json} body of every 4xx, with the answers
 * every operation can give (400, 401, 403, 404; 415 with a body; 412 and 428 with If-Match; 304 on reads);
 * the ETag, Link and X-Total-Count headers where {@code ConditionalGet} and {@code Paged} send them;
 * nullable optional fields (the services send null for an absent value), and every field {@code required} in the
 * schemas only ever answered ({@link ResponseSchemas}); and the common parameters' descriptions and examples.
 * Operation ids, typed 2xx bodies and domain 4xx stay on the resources.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    /** The one security scheme's name, as the resources' {@code @SecurityRequirement(name = "jwt")} say. */
    public static final String SCHEME = "jwt";
    /**
     * Marks a schema whose class leaves out absent values ({@code @JsonInclude(NON_NULL)}): its properties are not
     * all sent, so they are not made {@code required}. {@code @Schema(extensions = @Extension(name = SPARSE,
     * value = "true"))}; removed from the published document.
     */
    public static final String SPARSE = "x-thidua-sparse";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "ProblemFieldError";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.setSecuritySchemes(new LinkedHashMap<>(Map.of(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("JWT (RS256) với `groups` (vai trò) và `unit` (mã đơn vị); ./stack token cấp token thử "
                        + "(a JWT with `groups` and a `unit` claim; `./stack token` mints one)"))));
        if (components.getSchemas() != null) {
            Set<String> answers = ResponseSchemas.answerOnly(openAPI);
            components.getSchemas().values().forEach(ContractFilter::nullableOptionals);
            components.getSchemas().forEach((name, schema) -> {
                boolean sparse = schema.getExtensions() != null && schema.getExtensions().containsKey(SPARSE);
                if (sparse) {
                    schema.removeExtension(SPARSE);
                } else if (answers.contains(name)) {
                    requireAll(schema);
                }
            });
        }
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addHeader("ETag", header("Thẻ phiên bản mạnh; gửi lại trong If-None-Match (→ 304) hoặc If-Match "
                + "khi sửa (strong entity tag: send it as If-None-Match for a 304, or as If-Match to edit)", "\"3\""));
        components.addHeader("Link", header("Liên kết trang first, prev, next, last (RFC 8288 page links)",
                "</api/v1/units?page=1&size=50>; rel=\"next\""));
        components.addHeader("X-Total-Count", OASFactory.createHeader()
                .description("Tổng số dòng khớp điều kiện, mọi trang (matching rows over all pages)")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64")));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> operation(path, method, operation)));
    }

    private static void operation(String path, PathItem.HttpMethod method, Operation operation) {
        if (path.startsWith("/api/")) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.forEach(CommonParameters::describe);
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        boolean paged = parameters.stream().anyMatch(p -> "page".equals(p.getName()))
                && parameters.stream().anyMatch(p -> "size".equals(p.getName()));
        boolean read = method == PathItem.HttpMethod.GET;
        if (read && parameters.stream().noneMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()))) {
            operation.addParameter(CommonParameters.ifNoneMatch());
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        List<String> statuses = new ArrayList<>(List.of("400", "401", "403", "404"));
        if (operation.getRequestBody() != null) {
            statuses.add("415");
        }
        if (ifMatch) {
            statuses.addAll(List.of("412", "428"));
        }
        for (String status : statuses) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse());
            }
        }
        if (read && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Không đổi so với If-None-Match (not modified since the ETag given)")
                    .addHeader("ETag", headerRef("ETag")));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4")) {
                problem(status, response);
            } else if (status.startsWith("2")) {
                if (read || ifMatch) {
                    response.addHeader("ETag", headerRef("ETag"));
                }
                if (paged && status.equals("200")) {
                    response.addHeader("Link", headerRef("Link"));
                    response.addHeader("X-Total-Count", headerRef("X-Total-Count"));
                }
            }
        });
    }

    /** A 4xx answers problem details, whatever the resource declared as its description. */
    private static void problem(String status, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(HttpProblems.title(Integer.parseInt(status)));
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    /**
     * Every property a schema does not require may be null on the wire (records are written with their nulls):
     * a plain type gains {@code null}, a reference or an enumeration becomes {@code anyOf [it, null]}.
     */
    static void nullableOptionals(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.replaceAll((name, property) -> required.contains(name) ? property : nullable(property));
        schema.setProperties(properties);
    }

    /**
     * A schema only ever answered (never part of a request) lists every property as {@code required}: the
     * services write each one, null included, so a generated model may rely on the key being there.
     */
    static void requireAll(Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        schema.getProperties().keySet().stream().filter(name -> !required.contains(name)).forEach(required::add);
        schema.setRequired(required);
    }

    private static Schema nullable(Schema property) {
        List<SchemaType> types = property.getType();
        if (property.getRef() != null || property.getEnumeration() != null) {
            Schema wrapper = OASFactory.createSchema().description(property.getDescription());
            property.setDescription(null);
            if (property.getRef() != null) {
                property.setType(null); // beside $ref it only repeats the referenced schema's type
            }
            return wrapper.addAnyOf(property).addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
        }
        if (types != null && !types.isEmpty() && !types.contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
        }
        return property;
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(SchemaType.STRING);
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details; `errors` names each offending field (JSON path, parameter, "
                        + "header or CSV line)")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri")
                        .addExample("https://thidua.vn/problems/validation"))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING)
                        .addExample("Dữ liệu không hợp lệ (invalid input)"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .addExample(400))
                .addProperty("detail", string)
                .addProperty("instance", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("Đường dẫn của yêu cầu (the request's path)"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addRequired("field").addRequired("message")
                .addProperty("field", OASFactory.createSchema().addType(SchemaType.STRING)
                        .addExample("document.contents[2].text"))
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING)
                        .addExample("không được để trống (must not be blank)"));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).addExample(example));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }
}
