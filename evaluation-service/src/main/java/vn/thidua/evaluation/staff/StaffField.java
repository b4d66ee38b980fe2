package vn.thidua.evaluation.staff;

import java.util.List;

/**
 * The fields of a staff record, with the JSON name and the column headers a spreadsheet may use for
 * each (as {@link StaffTexts#key} keys: accents, case, punctuation and bracketed hints do not matter).
 */
enum StaffField {
    CODE("code", "Mã", true,
            "ma", "ma cb", "ma can bo", "ma gv", "ma nv", "ma nhan vien", "ma so", "ma dinh danh", "code",
            "staff code", "staffcode"),
    FULL_NAME("fullName", "Họ và tên", true,
            "ho va ten", "ho ten", "ho va ten can bo", "ho ten can bo", "full name", "fullname", "name"),
    GENDER("gender", "Giới tính", true, "gioi tinh", "gender", "sex"),
    BIRTH_DATE("birthDate", "Ngày sinh", false,
            "ngay sinh", "ngay thang nam sinh", "birth date", "birthdate", "date of birth", "dob"),
    POSITION("position", "Chức vụ", true,
            "chuc vu", "vi tri", "vi tri viec lam", "chuc danh", "position"),
    GROUP_NAME("groupName", "Tổ chuyên môn", false,
            "to chuyen mon", "to", "to cm", "group", "group name", "groupname"),
    GROUP_CODE("groupCode", "Mã tổ", false, "ma to", "ma to chuyen mon", "group code", "groupcode"),
    EMPLOYMENT("employment", "Loại hợp đồng", true,
            "loai hop dong", "dien", "hinh thuc hop dong", "employment", "employment type", "employmenttype"),
    HIRE_DATE("hireDate", "Ngày vào ngành", false,
            "ngay vao nganh", "ngay tuyen dung", "hire date", "hiredate"),
    ACTIVE_FROM("activeFrom", "Từ ngày", false,
            "tu ngay", "ngay ve truong", "ngay bat dau", "active from", "activefrom"),
    ACTIVE_TO("activeTo", "Đến ngày", false,
            "den ngay", "ngay nghi", "ngay thoi viec", "active to", "activeto"),
    USER_NAME("userName", "Tài khoản", false,
            "tai khoan", "ten dang nhap", "user name", "username", "account", "upn"),
    /** The person's national id number or civil-servant personal code (issue 12); "Mã định danh" stays the staff code. */
    PERSON_CODE("personCode", "Số định danh cá nhân", false,
            "so dinh danh", "so dinh danh ca nhan", "ma dinh danh ca nhan", "so cccd", "cccd", "so can cuoc",
            "can cuoc cong dan", "so cmnd", "cmnd", "ma ca nhan", "ma so ca nhan", "ma so vien chuc", "person code",
            "personcode", "national id");

    /** Headers of columns a spreadsheet often has and the import has no use for; skipped without a warning. */
    public static final List<String> IGNORED_HEADERS = List.of("stt", "tt", "so tt", "so thu tu", "ghi chu", "no",
            "note", "notes");

    public final String jsonName;
    /** The Vietnamese header, as messages name a missing column. */
    public final String header;
    /** Whether an import file must have this column. */
    public final boolean requiredColumn;
    public final List<String> headerKeys;

    StaffField(String jsonName, String header, boolean requiredColumn, String... headerKeys) {
        this.jsonName = jsonName;
        this.header = header;
        this.requiredColumn = requiredColumn;
        this.headerKeys = List.of(headerKeys);
    }

    /** The field a column header names, or null. */
    public static StaffField ofHeader(String header) {
        String key = StaffTexts.key(header);
        for (StaffField field : values()) {
            if (field.headerKeys.contains(key)) {
                return field;
            }
        }
        return null;
    }
}
