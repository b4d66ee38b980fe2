package vn.thidua.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The hostile requests for one operation of an OpenAPI document: broken tokens, another school's ids and token,
 * each parameter malformed, and the JSON body (or upload) broken as a whole and field by field: missing, null,
 * wrong type, NUL, huge strings and arrays, nulls in arrays, impossible dates, out-of-range numbers, duplicate
 * keys, invalid UTF-8, wrong content types. Field mutations are sampled with a fixed seed to keep the run bounded.
 */
final class FuzzCases {

    static final int MAX_FIELD_CASES = 45;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Over every service's body limit (plan-service's is 64 MB), sent chunked: one array for all uploads. */
    private static final byte[] LARGE = new byte[70 * 1024 * 1024];
    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};

    private final String template;
    private final String method;
    private final JsonNode operation;
    private final Schemas schemas;
    private final FuzzValues mine;
    private final FuzzValues theirs;
    private final String token;
    private final String otherToken;
    private final List<FuzzRequest> cases = new ArrayList<>();

    FuzzCases(String template, String method, JsonNode operation, Schemas schemas, FuzzValues mine, FuzzValues theirs,
            String token, String otherToken) {
        this.template = template;
        this.method = method;
        this.operation = operation;
        this.schemas = schemas;
        this.mine = mine;
        this.theirs = theirs;
        this.token = token;
        this.otherToken = otherToken;
    }

    List<FuzzRequest> all() {
        Map<String, String> path = pathValues(mine);
        Map<String, String> query = queryValues();
        Body body = body();
        add("valid", target(path, query), headers(token, body.contentType), body.bytes);
        add("no token", target(path, query), headers(null, body.contentType), body.bytes);
        add("broken token", target(path, query), headers("abc.def", body.contentType), body.bytes);
        add("tampered token", target(path, query), headers(tampered(token), body.contentType), body.bytes);
        cases.add(FuzzRequest.of("other school's token", method, target(path, query),
                headers(otherToken, body.contentType), body.bytes).asCrossUnit());
        if (!path.isEmpty()) {
            cases.add(FuzzRequest.of("other school's ids", method, target(pathValues(theirs), query),
                    headers(token, body.contentType), body.bytes).asCrossUnit());
        }
        for (String name : path.keySet()) {
            for (Map.Entry<String, String> bad : badValues().entrySet()) {
                Map<String, String> broken = new LinkedHashMap<>(path);
                broken.put(name, bad.getValue());
                add("path " + name + ": " + bad.getKey(), target(broken, query), headers(token, body.contentType),
                        body.bytes);
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("query")) {
                for (Map.Entry<String, String> bad : badValues().entrySet()) {
                    Map<String, String> broken = new LinkedHashMap<>(query);
                    broken.put(name, bad.getValue());
                    add("query " + name + ": " + bad.getKey(), target(path, broken), headers(token, body.contentType),
                            body.bytes);
                }
            } else if (parameter.path("in").asText().equals("header")) {
                for (String bad : List.of("\"999999\"", "garbage", "W/\"1\"", "a".repeat(5000))) {
                    Map<String, String> headers = headers(token, body.contentType);
                    headers.put(name, bad);
                    add("header " + name + ": " + abbreviate(bad), target(path, query), headers, body.bytes);
                }
            }
        }
        if (body.json != null) {
            jsonCases(target(path, query), body);
        } else if (body.contentType != null) {
            uploadCases(target(path, query), body);
        }
        return cases;
    }

    private void add(String label, String target, Map<String, String> headers, byte[] body) {
        cases.add(FuzzRequest.of(label, method, target, headers, body));
    }

    private record Body(String contentType, byte[] bytes, JsonNode json, JsonNode schema) {
    }

    private Body body() {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = content.get("application/json").path("schema");
            JsonNode json = schemas.sample(schema, null);
            return new Body("application/json", bytes(json), json, schema);
        }
        if (content.has("text/csv")) {
            return new Body("text/csv; charset=UTF-8", sampleCsv().getBytes(StandardCharsets.UTF_8), null, null);
        }
        if (content.has("text/plain")) {
            return new Body("text/plain; charset=UTF-8",
                    "KẾ HOẠCH\nPhát động phong trào thi đua năm học 2022-2023\n1. Dạy tốt, học tốt\n"
                            .getBytes(StandardCharsets.UTF_8), null, null);
        }
        return new Body(null, null, null, null);
    }

    private String sampleCsv() {
        return template.contains("units")
                ? "code;name;level;parent\nTH-FUZZ1;Trường Tiểu học Thử;SCHOOL;PGD-TAMNONG\n"
                : "Mã CB;Họ và tên;Giới tính;Chức vụ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành\n"
                        + "GVF1;Nguyễn Văn Thử;Nam;Giáo viên;Tổ 1;Viên chức;01/09/2010\n";
    }

    private void jsonCases(String target, Body body) {
        Map<String, String> json = headers(token, "application/json");
        for (String whole : List.of("", "null", "[]", "\"x\"", "{}", "{\"a\":", "[null]", "{\"a\":1,\"a\":2}")) {
            add("body " + (whole.isEmpty() ? "empty" : whole), target, json, whole.getBytes(StandardCharsets.UTF_8));
        }
        add("body: invalid UTF-8", target, json, withInvalidUtf8(bytes(body.json)));
        add("body as text/plain", target, headers(token, "text/plain"), body.bytes);
        add("body as application/xml", target, headers(token, "application/xml"), "<a/>".getBytes(StandardCharsets.UTF_8));
        if (body.json.isObject() && body.json.size() > 0) {
            String text = new String(body.bytes, StandardCharsets.UTF_8);
            String first = body.json.fieldNames().next();
            String duplicated = "{\"" + first + "\":" + body.json.get(first) + "," + text.substring(1);
            add("body: duplicate key " + first, target, json, duplicated.getBytes(StandardCharsets.UTF_8));
        }
        List<FuzzRequest> fields = new ArrayList<>();
        mutate(body.json, body.schema, "", body.json, fields, target, json, 0);
        // A fixed seed: the same sample every run, so a failure is reproducible
        java.util.Collections.shuffle(fields, new Random(16));
        cases.addAll(fields.subList(0, Math.min(MAX_FIELD_CASES, fields.size())));
    }

    /** Mutations of every property reachable in {@code node}, each applied to a copy of the whole body. */
    private void mutate(JsonNode node, JsonNode schema, String at, JsonNode root, List<FuzzRequest> out,
            String target, Map<String, String> headers, int depth) {
        if (depth > 3) {
            return;
        }
        JsonNode resolved = schemas.resolve(schema);
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                JsonNode propertySchema = resolved.path("properties").path(name);
                String field = at.isEmpty() ? name : at + "." + name;
                for (Map.Entry<String, JsonNode> bad : badJson(node.get(name), propertySchema, name).entrySet()) {
                    JsonNode copy = root.deepCopy();
                    ObjectNode parent = (ObjectNode) locate(copy, at);
                    if (bad.getValue() == null) {
                        parent.remove(name);
                    } else {
                        parent.set(name, bad.getValue());
                    }
                    out.add(FuzzRequest.of("body." + field + ": " + bad.getKey(), method, target, headers, bytes(copy)));
                }
                mutate(node.get(name), propertySchema, field, root, out, target, headers, depth + 1);
            });
        } else if (node.isArray() && node.size() > 0) {
            mutate(node.get(0), resolved.path("items"), at + "[0]", root, out, target, headers, depth + 1);
        }
    }

    private static JsonNode locate(JsonNode root, String at) {
        JsonNode node = root;
        if (at.isEmpty()) {
            return node;
        }
        for (String part : at.split("\\.")) {
            if (part.endsWith("[0]")) {
                node = node.get(part.substring(0, part.length() - 3)).get(0);
            } else {
                node = node.get(part);
            }
        }
        return node;
    }

    /** Label → replacement (null = the property removed). */
    private Map<String, JsonNode> badJson(JsonNode current, JsonNode schema, String name) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        bad.put("missing", null);
        bad.put("null", NODES.nullNode());
        String type = schemas.type(schema);
        switch (type) {
            case "string" -> {
                bad.put("wrong type", NODES.numberNode(12));
                bad.put("NUL", NODES.textNode("a\u0000b"));
                bad.put("control characters", NODES.textNode("a\u0007\u001bb"));
                bad.put("huge string", NODES.textNode("Ư".repeat(300_000)));
                bad.put("blank", NODES.textNode("   "));
                if (schemas.isDate(schema, name)) {
                    bad.put("impossible date", NODES.textNode("2023-02-30"));
                    bad.put("far date", NODES.textNode("+999999999-12-31"));
                    bad.put("year 0", NODES.textNode("0000-01-01"));
                }
            }
            case "integer", "number" -> {
                bad.put("wrong type", NODES.textNode("mười"));
                bad.put("over int", NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
                bad.put("negative", NODES.numberNode(-2147483648L));
                bad.put("fraction", NODES.numberNode(0.5));
                bad.put("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")));
            }
            case "boolean" -> bad.put("wrong type", NODES.textNode("có"));
            case "array" -> {
                bad.put("wrong type", NODES.objectNode());
                ArrayNode withNull = NODES.arrayNode().addNull();
                bad.put("[null]", withNull);
                ArrayNode huge = NODES.arrayNode();
                for (int i = 0; i < 20_000; i++) {
                    huge.add(current != null && current.size() > 0 ? current.get(0) : NODES.textNode("x"));
                }
                bad.put("huge array", huge);
            }
            case "object" -> {
                bad.put("wrong type", NODES.textNode("x"));
                bad.put("array instead", NODES.arrayNode().add(1));
            }
            default -> bad.put("wrong type", NODES.arrayNode());
        }
        return bad;
    }

    private void uploadCases(String target, Body body) {
        String type = body.contentType;
        add("upload empty", target, headers(token, type), new byte[0]);
        add("upload invalid UTF-8", target, headers(token, type), withInvalidUtf8(body.bytes));
        byte[] nul = new String(body.bytes, StandardCharsets.UTF_8).replace("Thử", "Th\u0000ử")
                .replace("Dạy", "D\u0000ạy").getBytes(StandardCharsets.UTF_8);
        add("upload NUL", target, headers(token, type), nul);
        add("upload huge line", target, headers(token, type), ("x;" + "Ư".repeat(600_000) + "\n").getBytes(StandardCharsets.UTF_8));
        add("upload as application/json", target, headers(token, "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
        add("upload as docx, random bytes", target, headers(token,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), new byte[] {'P', 'K', 3, 4, 0, 1, 2});
        add("upload random binary", target, headers(token, type), new Random(16).ints(4096, 0, 256)
                .collect(java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { }).toByteArray());
        cases.add(FuzzRequest.of("upload 70 MB chunked", method, target, headers(token, type), LARGE).asChunked());
    }

    private Map<String, String> pathValues(FuzzValues values) {
        Map<String, String> path = new LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            path.put(m.group(1), encode(values.path(template, m.group(1))));
        }
        return path;
    }

    private Map<String, String> queryValues() {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            String value = mine.query(name);
            if (value == null && parameter.path("required").asBoolean()) {
                value = schemas.sample(parameter.path("schema"), name).asText();
            }
            if (value != null) {
                query.put(name, encode(value));
            }
        }
        return query;
    }

    /** Already encoded values, so that NUL and invalid UTF-8 reach the server as such. */
    private static Map<String, String> badValues() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("wrong type", "kh%C3%B4ng-ph%E1%BA%A3i-s%E1%BB%91");
        bad.put("NUL", "a%00b");
        bad.put("invalid UTF-8", "%C3%28%FF");
        bad.put("huge", "a".repeat(7000));
        bad.put("over int", "99999999999999999999");
        bad.put("negative", "-2147483649");
        bad.put("far date", "%2B999999999-12-31");
        bad.put("impossible date", "2023-02-30");
        bad.put("empty", "");
        return bad;
    }

    private String target(Map<String, String> path, Map<String, String> query) {
        String target = template;
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue().isEmpty() ? "%20" : p.getValue());
        }
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? '?' : '&').append(k).append('=').append(v));
        return target + q;
    }

    private static Map<String, String> headers(String bearer, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (bearer != null) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    private static String tampered(String jwt) {
        char last = jwt.charAt(jwt.length() - 2);
        return jwt.substring(0, jwt.length() - 2) + (last == 'A' ? 'B' : 'A') + jwt.charAt(jwt.length() - 1);
    }

    private static byte[] withInvalidUtf8(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"");
        if (quote < 0) {
            return INVALID_UTF8;
        }
        byte[] head = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + INVALID_UTF8.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(INVALID_UTF8, 0, out, head.length, INVALID_UTF8.length);
        System.arraycopy(tail, 0, out, head.length + INVALID_UTF8.length, tail.length);
        return out;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 5) + "…(" + value.length() + ")" : value;
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
