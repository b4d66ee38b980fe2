package vn.thidua.award.record;

import vn.thidua.platform.text.Texts;

import java.util.List;
import java.util.Set;

/**
 * The columns of an import of earlier decisions, with the headers each is known by (Vietnamese or English, any
 * case, with or without accents). A row names a person (one of the three person columns) or, with no person, a
 * collective (a unit code, optionally a group code); award, year, decision and issuer are required.
 */
enum ImportColumn {
    PERSON_ID("Mã định danh người (personId)", false, "personid", "person id", "ma dinh danh", "ma nguoi"),
    PERSON_CODE("Số CCCD / mã số cá nhân (personCode)", false, "personcode", "person code", "so cccd", "cccd",
            "so dinh danh ca nhan", "ma so ca nhan", "ma ca nhan"),
    STAFF_CODE("Mã cán bộ (staffCode)", false, "staffcode", "staff code", "ma can bo", "ma cb", "ma"),
    /** A collective's row: the school (or office) whose decision it was; with COLLECTIVE_GROUP one of its groups. */
    COLLECTIVE_UNIT("Mã đơn vị tập thể (unitCode)", false, "unitcode", "unit code", "collective", "ma don vi",
            "ma tap the", "ma don vi tap the", "ma truong"),
    COLLECTIVE_GROUP("Mã tổ chuyên môn (groupCode)", false, "groupcode", "group code", "ma to", "ma to chuyen mon"),
    AWARD("Danh hiệu / hình thức (award)", true, "award", "awardcode", "title", "form", "danh hieu", "hinh thuc",
            "danh hieu hinh thuc", "danh hieu / hinh thuc", "danh hieu, hinh thuc"),
    SCHOOL_YEAR("Năm học (schoolYear)", true, "schoolyear", "school year", "nam hoc"),
    DECISION_NUMBER("Số quyết định (decisionNumber)", true, "decisionnumber", "decision number", "so quyet dinh",
            "so qd"),
    DECISION_DATE("Ngày quyết định (decisionDate)", true, "decisiondate", "decision date", "ngay quyet dinh",
            "ngay qd"),
    ISSUER("Cơ quan ban hành (issuer)", true, "issuer", "co quan ban hanh", "don vi ban hanh", "co quan quyet dinh",
            "don vi quyet dinh", "noi ban hanh"),
    ISSUER_LEVEL("Cấp ban hành (issuerLevel)", false, "issuerlevel", "issuer level", "cap ban hanh", "cap");

    /** Headers read and not used: numbering, names (the person is found by id or code), notes. */
    static final Set<String> IGNORED = Set.of("stt", "tt", "ho va ten", "ho ten", "full name", "fullname", "ten",
            "ghi chu", "note", "notes");

    final String label;
    final boolean required;
    final List<String> headers;

    ImportColumn(String label, boolean required, String... headers) {
        this.label = label;
        this.required = required;
        this.headers = List.of(headers);
    }

    static ImportColumn ofHeader(String header) {
        String key = Texts.fold(header);
        for (ImportColumn column : values()) {
            if (column.headers.contains(key)) {
                return column;
            }
        }
        return null;
    }
}
