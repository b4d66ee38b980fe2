package vn.thidua.evaluation.staff;

import vn.thidua.evaluation.Events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.TestTokens;
import vn.thidua.testing.ThiduaTestResource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The staff registry over HTTP, on the real database: import, Vietnamese order, concurrency and who sees what. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_evaluation_test"))
class StaffResourceTest {

    static final String SCHOOL = "TH-TRAMCHIM2";
    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The staff list of a primary school as Excel in a Vietnamese locale saves it: BOM, semicolons. */
    static final String TRAM_CHIM_2 = """
            STT;Mã CB;Họ và tên;Giới tính;Ngày sinh;Chức vụ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành;Tài khoản
            1;TC2-001;Lê Văn Định;Nam;12/05/1972;Hiệu trưởng;Văn phòng;Viên chức;01/09/1993;dinh.lv@tramchim2
            2;TC2-002;Nguyễn Thị Kim Oanh;Nữ;03/08/1978;Phó Hiệu trưởng;Văn phòng;Viên chức;15/09/1998;oanh.ntk@tramchim2
            3;TC2-003;Trần Văn Dũng;Nam;20/11/1985;Tổng phụ trách Đội;Văn phòng;Viên chức;01/09/2008;
            4;TC2-004;Phạm Thị Ánh;Nữ;15/03/1985;Giáo viên;Tổ 1;Viên chức;01/09/2007;anh.pt@tramchim2
            5;TC2-005;Nguyễn Thị Anh;Nữ;02/02/1990;Giáo viên;Tổ 1;Viên chức;01/09/2012;anh.nt@tramchim2
            6;TC2-006;Võ Thị Ân;Nữ;10/10/1988;Giáo viên;Tổ 1;Viên chức;01/09/2010;
            7;TC2-007;Đỗ Văn Ân;Nam;07/07/1983;Giáo viên;Tổ 2-3;Viên chức;01/09/2005;an.dv@tramchim2
            8;TC2-008;Lê Thị Ô;Nữ;25/12/1980;Giáo viên;Tổ 2-3;Viên chức;05/09/2002;
            9;TC2-009;Nguyễn Văn Ơn;Nam;14/04/1979;Giáo viên;Tổ 4-5;Viên chức;01/09/2000;
            10;TC2-010;Trần Thị Oanh;Nữ;30/06/1987;Giáo viên;Tổ 4-5;Viên chức;01/09/2009;
            11;TC2-011;Bùi Văn Út;Nam;09/09/1976;Giáo viên;Tổ 4-5;Viên chức;01/09/1997;ut.bv@tramchim2
            12;TC2-012;Hồ Thị Uyên;Nữ;18/01/1992;Giáo viên;Tổ 2-3;Viên chức;01/09/2014;
            13;TC2-013;Huỳnh Thị Thu Trang;Nữ;21/03/1989;Giáo viên;Tổ 1;Viên chức;01/09/2011;
            14;TC2-014;Đặng Văn Đức;Nam;11/11/1984;Giáo viên;Tổ 4-5;Viên chức;01/09/2006;
            15;TC2-015;Dương Thị Diễm;Nữ;05/05/1991;Giáo viên;Tổ 2-3;Viên chức;01/09/2013;
            16;TC2-016;Châu Thị Ngọc Hân;Nữ;16/08/1993;Giáo viên Tiếng Anh;Tổ 4-5;Hợp đồng;01/09/2016;
            17;TC2-017;Lâm Văn Hùng;Nam;27/02/1986;Giáo viên Thể dục;Tổ 1;Viên chức;01/09/2009;
            18;TC2-018;Phan Thị Mỹ Hạnh;Nữ;12/12/1990;Kế toán;Văn phòng;Viên chức;01/03/2015;
            19;TC2-019;Ngô Thị Bích Ngọc;Nữ;08/03/1994;Thư viện;Văn phòng;Viên chức;01/09/2017;
            20;TC2-020;Trương Văn Tâm;Nam;19/05/1970;Nhân viên;Văn phòng;Hợp đồng;01/01/2010;
            21;TC2-021;Mai Thị Thảo;Nữ;23/07/1995;Nhân viên y tế;Văn phòng;Hợp đồng;01/10/2019;
            22;TC2-022;Tạ Thị Quyên;Nữ;04/04/1988;Giáo viên;Tổ 2-3;Viên chức;01/09/2010;
            23;TC2-023;Cao Văn Sơn;Nam;13/10/1982;Giáo viên;Tổ 1;Viên chức;01/09/2004;
            24;TC2-024;Lương Thị Yến;Nữ;29/01/1996;Giáo viên;Tổ 4-5;Viên chức;01/09/2018;
            25;TC2-025;Đinh Thị Nga;Nữ;17/06/1981;Giáo viên;Tổ 2-3;Viên chức;01/09/2003;
            """;

    static String kafka() {
        return ThiduaTestResource.kafkaBootstrapServers();
    }

    @BeforeAll
    static void unitTree() {
        TestKafka.send(kafka(), "thidua.unit.v1", "DONGTHAP", Events.unitUpserted("DONGTHAP", "Sở GD&ĐT Đồng Tháp", "PROVINCE", null));
        TestKafka.send(kafka(), "thidua.unit.v1", "PGD-TAMNONG", Events.unitUpserted("PGD-TAMNONG", "Phòng GD&ĐT Tam Nông", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", SCHOOL, Events.unitUpserted(SCHOOL, "Trường Tiểu học Tràm Chim 2", "SCHOOL", "PGD-TAMNONG"));
        TestKafka.send(kafka(), "thidua.unit.v1", "PGD-CAOLANH", Events.unitUpserted("PGD-CAOLANH", "Phòng GD&ĐT Cao Lãnh", "OFFICE", "DONGTHAP"));
        TestKafka.send(kafka(), "thidua.unit.v1", "TH-HOAAN", Events.unitUpserted("TH-HOAAN", "Trường Tiểu học Hòa An", "SCHOOL", "PGD-CAOLANH"));
    }

    static RequestSpecification as(String role, String unit) {
        return given().auth().oauth2(TestTokens.token(role, unit));
    }

    /** A person's own token: the upn is the "Tài khoản" of their staff record. */
    static RequestSpecification person(String upn, String role, String unit) {
        return given().auth().oauth2(TestTokens.token(upn, Set.of(role), unit));
    }

    static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    static ValidatableResponse importCsv(RequestSpecification caller, String unit, String mode, byte[] csv) {
        RequestSpecification request = caller.contentType(CSV_TYPE).body(csv).queryParam("unit", unit);
        if (mode != null) {
            request.queryParam("mode", mode);
        }
        return request.when().post("/api/v1/staff/import").then();
    }

    /** Tràm Chim 2's list in place; importing it again changes nothing, so every test may call this. */
    static void tramChim2Imported() {
        importCsv(as("principal", SCHOOL), SCHOOL, "all-or-nothing", utf8WithBom(TRAM_CHIM_2))
                .statusCode(200).body("rows", equalTo(25)).body("rejected", equalTo(0));
    }

    static String idOf(String unit, String code) {
        return as("principal", unit).queryParam("unit", unit).queryParam("q", code)
                .when().get("/api/v1/staff").then().statusCode(200)
                .extract().jsonPath().getString("find { it.code == '" + code + "' }.id");
    }

    static String freshSchool() {
        return "TH-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aSchoolsListIsImportedAndSortedByGivenNameInVietnameseOrder() {
        tramChim2Imported();
        List<String> names = as("principal", SCHOOL).queryParam("unit", SCHOOL).queryParam("size", 500)
                .when().get("/api/v1/staff").then().statusCode(200).header("X-Total-Count", "25")
                .extract().jsonPath().getList("fullName");
        List<String> tricky = List.of("Nguyễn Thị Anh", "Phạm Thị Ánh", "Đỗ Văn Ân", "Võ Thị Ân", "Dương Thị Diễm",
                "Trần Văn Dũng", "Lê Văn Định", "Đặng Văn Đức", "Nguyễn Thị Kim Oanh", "Trần Thị Oanh", "Lê Thị Ô",
                "Nguyễn Văn Ơn");
        assertEquals(tricky, names.stream().filter(tricky::contains).toList());
        assertEquals("Nguyễn Thị Anh", names.get(0));
        assertEquals("Lương Thị Yến", names.get(24));

        // Paging comes after sorting.
        as("principal", SCHOOL).queryParam("unit", SCHOOL).queryParam("page", 1).queryParam("size", 5)
                .when().get("/api/v1/staff").then().statusCode(200).header("X-Total-Count", "25")
                .body("fullName", equalTo(names.subList(5, 10)));

        as("principal", SCHOOL).queryParam("unit", SCHOOL).queryParam("group", "TO-4-5")
                .when().get("/api/v1/staff").then().statusCode(200).header("X-Total-Count", "6")
                .body("groupName", everyItem(equalTo("Tổ 4-5")));
        as("principal", SCHOOL).queryParam("unit", SCHOOL).queryParam("position", "Hiệu trưởng")
                .when().get("/api/v1/staff").then().statusCode(200).body("fullName", equalTo(List.of("Lê Văn Định")));
        as("principal", SCHOOL).queryParam("unit", SCHOOL).queryParam("q", "anh")
                .when().get("/api/v1/staff").then().statusCode(200)
                .body("fullName", hasItems("Nguyễn Thị Anh", "Phạm Thị Ánh")).body("fullName", not(hasItem("Võ Thị Ân")));
        as("principal", SCHOOL).queryParam("unit", SCHOOL).queryParam("q", "Ánh")
                .when().get("/api/v1/staff").then().statusCode(200).body("fullName", equalTo(List.of("Phạm Thị Ánh")));

        String id = idOf(SCHOOL, "TC2-016");
        as("council", SCHOOL).when().get("/api/v1/staff/{id}", id).then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("fullName", equalTo("Châu Thị Ngọc Hân"))
                .body("position", equalTo("TEACHER"))
                .body("employment", equalTo("CONTRACT"))
                .body("groupCode", equalTo("TO-4-5"))
                .body("birthDate", equalTo("1993-08-16"))
                .body("activeFrom", equalTo("2016-09-01"));
    }

    @Test
    void allOrNothingStoresNothingAndNamesTheLineAndColumnThenValidRowsStoresTheRest() {
        String school = freshSchool();
        String csv = """
                Mã CB;Họ và tên;Giới tính;Ngày sinh;Chức vụ;Tổ chuyên môn;Loại hợp đồng
                GV01;Nguyễn Thị Anh;Nữ;02/02/1990;Giáo viên;Tổ 1;Viên chức
                GV02;Phạm Thị Ánh;Nữ;15/03/1985;Giáo viên;Tổ 1;Viên chức
                GV03;Võ Thị Ân;Nữ;10/10/1988;Giáo viên;Tổ 2-3;Viên chức
                GV04;Lê Văn Định;Nam;31/02/1980;Giáo viên;Tổ 2-3;Viên chức
                GV05;Lê Thị Ô;Nữ;25/12/1980;Giáo viên;Tổ 4-5;Hợp đồng
                """;
        importCsv(as("principal", school), school, null, utf8WithBom(csv))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://thidua.vn/problems/import-rejected"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("line 5: Ngày sinh"))
                .body("errors[0].message", startsWith("Ngày không hợp lệ"));
        as("principal", school).queryParam("unit", school).when().get("/api/v1/staff")
                .then().statusCode(200).header("X-Total-Count", "0");

        importCsv(as("principal", school), school, "valid-rows", csv.getBytes(StandardCharsets.UTF_8))
                .statusCode(200)
                .body("created", equalTo(4)).body("rejected", equalTo(1))
                .body("errors[0].line", equalTo(5)).body("errors[0].column", equalTo("Ngày sinh"));
        as("principal", school).queryParam("unit", school).when().get("/api/v1/staff")
                .then().statusCode(200).header("X-Total-Count", "4").body("code", not(hasItem("GV04")));
    }

    @Test
    void reImportUpdatesByCodeAndNeverDuplicates() {
        String school = freshSchool();
        byte[] csv = utf8WithBom(TRAM_CHIM_2);
        importCsv(as("principal", school), school, null, csv).statusCode(200)
                .body("created", equalTo(25)).body("updated", equalTo(0)).body("delimiter", equalTo(";"));
        importCsv(as("principal", school), school, null, csv).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(25));

        // Ánh moves to Tổ 2-3; the school's software sends the same sheet with commas and English headers.
        String changed = """
                code,full_name,gender,birth_date,position,group_name,employment,hire_date
                TC2-004,Phạm Thị Ánh,female,1985-03-15,teacher,Tổ 2-3,civil_servant,2007-09-01
                TC2-026,Trịnh Văn Bảo,male,1997-10-20,teacher,Tổ 1,contract,2021-09-01
                """;
        importCsv(as("school_app", school), school, null, changed.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(0));
        as("principal", school).queryParam("unit", school).when().get("/api/v1/staff")
                .then().statusCode(200).header("X-Total-Count", "26");
        as("principal", school).when().get("/api/v1/staff/{id}", idOf(school, "TC2-004")).then().statusCode(200)
                .body("groupCode", equalTo("TO-2-3"))
                .body("revision", equalTo(1))
                // No "Tài khoản" column in the second file: the account is kept.
                .body("userName", equalTo("anh.pt@tramchim2"));

        // Leavers by import: an end date updates a known record; a new one needs a start to be believed.
        String leavers = """
                Mã CB;Họ và tên;Giới tính;Chức vụ;Loại hợp đồng;Đến ngày
                TC2-020;Trương Văn Tâm;Nam;Nhân viên;Hợp đồng;30/06/2024
                TC2-099;Lý Văn Tư;Nam;Nhân viên;Hợp đồng;30/06/2024
                """;
        importCsv(as("principal", school), school, "valid-rows", leavers.getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("updated", equalTo(1)).body("rejected", equalTo(1))
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("Từ ngày"));
        as("principal", school).when().get("/api/v1/staff/{id}", idOf(school, "TC2-020")).then().statusCode(200)
                .body("activeTo", equalTo("2024-06-30")).body("activeFrom", equalTo("2010-01-01"))
                .body("groupName", equalTo("Văn phòng"));
    }

    @Test
    void editsNeedTheCurrentRevision() {
        String school = freshSchool();
        String body = """
                {"code":"GV09","fullName":"Nguyễn Thị Ánh","gender":"FEMALE","birthDate":"1990-02-02",
                 "position":"TEACHER","groupName":"Tổ 1","employment":"CIVIL_SERVANT","hireDate":"2012-09-01"}""";
        var created = as("principal", school).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/staff").then().statusCode(201)
                .body("unitCode", equalTo(school)).body("groupCode", equalTo("TO-1"))
                .body("activeFrom", equalTo("2012-09-01")).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        assertEquals("\"0\"", etag);

        as("principal", school).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/staff").then().statusCode(409).body("errors[0].field", equalTo("code"));
        as("principal", school).contentType(ContentType.JSON).body(body.replace("FEMALE", "WOMAN").replace("GV09", "GV10"))
                .when().post("/api/v1/staff").then().statusCode(400).body("errors[0].field", equalTo("gender"));
        as("principal", school).contentType(ContentType.JSON).body(body.replace("1990-02-02", "2090-02-02").replace("GV09", "GV10"))
                .when().post("/api/v1/staff").then().statusCode(422).body("errors[0].field", equalTo("birthDate"));
        as("principal", school).contentType(ContentType.JSON).body(body.replace("\"GV09\"", "\"\""))
                .when().post("/api/v1/staff").then().statusCode(400).body("errors[0].field", equalTo("code"));

        String changed = body.replace("Tổ 1", "Tổ 4-5");
        String next = as("principal", school).contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .when().put("/api/v1/staff/{id}", id).then().statusCode(200)
                .body("groupCode", equalTo("TO-4-5")).extract().header("ETag");
        assertEquals("\"1\"", next);
        // A second editor still holding the first ETag loses, and nothing of theirs is stored.
        as("principal", school).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/staff/{id}", id).then().statusCode(412)
                .contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        as("principal", school).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/staff/{id}", id).then().statusCode(428);
        as("principal", school).when().get("/api/v1/staff/{id}", id).then().body("groupName", equalTo("Tổ 4-5"));

        as("principal", school).contentType(ContentType.JSON).header("If-Match", next)
                .body("{\"activeTo\":\"2011-01-01\"}")
                .when().post("/api/v1/staff/{id}/deactivate", id).then().statusCode(422)
                .body("errors[0].field", equalTo("activeTo"));
        // Found by the fuzz test: a far day reached PostgreSQL ("date out of range"); refused by name before it
        for (String far : List.of("+999999999-12-31", "2101-01-01")) {
            as("principal", school).contentType(ContentType.JSON).header("If-Match", next)
                    .body("{\"activeTo\":\"" + far + "\"}")
                    .when().post("/api/v1/staff/{id}/deactivate", id).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("activeTo"));
        }
        as("principal", school).contentType(ContentType.JSON).header("If-Match", next)
                .body("{\"activeTo\":\"2024-05-31\"}")
                .when().post("/api/v1/staff/{id}/deactivate", id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("activeTo", equalTo("2024-05-31"));
        as("principal", school).queryParam("unit", school).queryParam("activeOn", "2024-06-01")
                .when().get("/api/v1/staff").then().statusCode(200).header("X-Total-Count", "0");
        as("principal", school).queryParam("unit", school).queryParam("activeOn", "2024-05-31")
                .when().get("/api/v1/staff").then().statusCode(200).header("X-Total-Count", "1");
        as("principal", school).queryParam("unit", school).queryParam("activeOn", "31/13/2024")
                .when().get("/api/v1/staff").then().statusCode(400).body("errors[0].field", equalTo("activeOn"));
    }

    @Test
    void anotherSchoolSeesNothingOfThisOne() {
        tramChim2Imported();
        String id = idOf(SCHOOL, "TC2-004");
        RequestSpecification otherPrincipal = as("principal", "TH-HOAAN");
        otherPrincipal.when().get("/api/v1/staff/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        as("principal", "TH-HOAAN").queryParam("unit", SCHOOL).when().get("/api/v1/staff")
                .then().statusCode(403).contentType("application/problem+json");
        as("principal", "TH-HOAAN").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"code\":\"X\",\"fullName\":\"X Y\",\"gender\":\"MALE\",\"position\":\"TEACHER\","
                        + "\"employment\":\"CONTRACT\"}")
                .when().put("/api/v1/staff/{id}", id).then().statusCode(404);
        importCsv(as("principal", "TH-HOAAN"), SCHOOL, null, utf8WithBom(TRAM_CHIM_2)).statusCode(403);
        importCsv(as("school_app", "TH-HOAAN"), SCHOOL, null, utf8WithBom(TRAM_CHIM_2)).statusCode(403);
        as("principal", "TH-HOAAN").when().get("/api/v1/staff").then().statusCode(200)
                .body("unitCode", not(hasItem(SCHOOL)));
        given().when().get("/api/v1/staff").then().statusCode(401);
        as("viewer", SCHOOL).when().get("/api/v1/staff").then().statusCode(403);
    }

    @Test
    void staffReadOnlyTheirOwnRecord() {
        tramChim2Imported();
        RequestSpecification anh = person("anh.nt@tramchim2", "staff", SCHOOL);
        anh.when().get("/api/v1/staff").then().statusCode(200).header("X-Total-Count", "1")
                .body("fullName", equalTo(List.of("Nguyễn Thị Anh")));
        person("anh.nt@tramchim2", "staff", SCHOOL).queryParam("unit", SCHOOL).when().get("/api/v1/staff")
                .then().statusCode(200).body("code", equalTo(List.of("TC2-005")));
        person("anh.nt@tramchim2", "staff", SCHOOL).when().get("/api/v1/staff/{id}", idOf(SCHOOL, "TC2-005"))
                .then().statusCode(200).body("userName", equalTo("anh.nt@tramchim2"));
        person("anh.nt@tramchim2", "staff", SCHOOL).when().get("/api/v1/staff/{id}", idOf(SCHOOL, "TC2-004"))
                .then().statusCode(404);
        person("anh.nt@tramchim2", "staff", SCHOOL).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/staff").then().statusCode(403);
        // A token whose person has no record sees nothing.
        person("nobody@tramchim2", "staff", SCHOOL).when().get("/api/v1/staff").then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @Test
    void groupLeadersReadTheirOwnGroup() {
        tramChim2Imported();
        RequestSpecification ut = person("ut.bv@tramchim2", "group_lead", SCHOOL);
        ut.when().get("/api/v1/staff").then().statusCode(200).header("X-Total-Count", "6")
                .body("groupCode", everyItem(equalTo("TO-4-5")))
                .body("fullName", hasItems("Bùi Văn Út", "Nguyễn Văn Ơn", "Trần Thị Oanh"));
        person("ut.bv@tramchim2", "group_lead", SCHOOL).queryParam("group", "TO-1").when().get("/api/v1/staff")
                .then().statusCode(403);
        person("ut.bv@tramchim2", "group_lead", SCHOOL).when().get("/api/v1/staff/{id}", idOf(SCHOOL, "TC2-009"))
                .then().statusCode(200);
        person("ut.bv@tramchim2", "group_lead", SCHOOL).when().get("/api/v1/staff/{id}", idOf(SCHOOL, "TC2-004"))
                .then().statusCode(404);
    }

    @Test
    void officesReadTheSchoolsBelowThem() {
        tramChim2Imported();
        // The office learns its schools from the unit events; wait for the copy.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("district", "PGD-TAMNONG")
                .queryParam("unit", SCHOOL).when().get("/api/v1/staff")
                .then().statusCode(200).header("X-Total-Count", "25"));
        as("district", "PGD-TAMNONG").queryParam("size", 500).when().get("/api/v1/staff").then().statusCode(200)
                .body("unitCode", hasItem(SCHOOL));
        as("district", "PGD-TAMNONG").when().get("/api/v1/staff/{id}", idOf(SCHOOL, "TC2-001")).then().statusCode(200);
        as("district", "PGD-CAOLANH").queryParam("unit", SCHOOL).when().get("/api/v1/staff").then().statusCode(403);
        as("district", "PGD-CAOLANH").when().get("/api/v1/staff/{id}", idOf(SCHOOL, "TC2-001")).then().statusCode(404);
        importCsv(as("district", "PGD-TAMNONG"), SCHOOL, null, utf8WithBom(TRAM_CHIM_2)).statusCode(403);
        as("council", SCHOOL).queryParam("unit", SCHOOL).when().get("/api/v1/staff").then().statusCode(200)
                .header("X-Total-Count", "25");
    }

    @Test
    void unreadableFilesAndBadParametersAreProblemsNotFailures() {
        String school = freshSchool();
        byte[] legacy = "Mã;Họ và tên;Giới tính;Chức vụ;Diện\nGV01;Phạm Thị Ánh;Nữ;Giáo viên;Viên chức\n"
                .getBytes(Charset.forName("windows-1258"));
        importCsv(as("principal", school), school, null, legacy).statusCode(422)
                .contentType("application/problem+json").body("detail", startsWith("Tệp không phải UTF-8"));
        byte[] big = new byte[StaffCsvImport.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        importCsv(as("principal", school), school, null, big).statusCode(413).contentType("application/problem+json");
        importCsv(as("principal", school), school, "some-rows", utf8WithBom(TRAM_CHIM_2)).statusCode(400)
                .body("errors[0].field", equalTo("mode"));
        as("principal", school).contentType(CSV_TYPE).body(utf8WithBom(TRAM_CHIM_2))
                .when().post("/api/v1/staff/import").then().statusCode(400).body("errors[0].field", equalTo("unit"));
        importCsv(as("principal", school), school, null, "Mã;Họ tên\nGV01;A\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(422).body("errors.field", hasItems("line 1: Giới tính", "line 1: Chức vụ"));
        importCsv(as("principal", school), school, null, new byte[0]).statusCode(422);
        as("principal", school).queryParam("position", "Bảo mẫu").when().get("/api/v1/staff").then().statusCode(400)
                .body("errors[0].field", equalTo("position"));
        as("principal", school).queryParam("size", 0).when().get("/api/v1/staff").then().statusCode(400);
        as("principal", school).when().get("/api/v1/staff/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void controlCharactersRefuseTheFileAndNothingIsStoredWhileFormulaCellsWarn() throws Exception {
        String school = freshSchool();
        String csv = "Mã;Họ và tên;Giới tính;Chức vụ;Diện\nGV01;Phạm Thị Ánh;Nữ;Giáo viên;Viên chức\n"
                + "GV02;Lê Văn\u0000Định;Nam;Giáo viên;Viên chức\n";
        long before = vn.thidua.evaluation.EvaluationApi.count("select count(*) from staff");
        importCsv(as("principal", school), school, "valid-rows", csv.getBytes(StandardCharsets.UTF_8)).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("line 3: \"Họ và tên\""))
                .body("detail", containsString("U+0000"));
        assertEquals(before, vn.thidua.evaluation.EvaluationApi.count("select count(*) from staff"), "nothing stored");

        String formulas = "Mã;Họ và tên;Giới tính;Chức vụ;Diện\nGV01;=1+2 Ánh;Nữ;Giáo viên;Viên chức\n";
        importCsv(as("principal", school), school, null, formulas.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("created", equalTo(1)).body("warnings", hasItem(startsWith("Dòng 2, cột \"Họ và tên\"")));
    }
}
