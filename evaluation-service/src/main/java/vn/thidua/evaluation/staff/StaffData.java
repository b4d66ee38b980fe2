package vn.thidua.evaluation.staff;

import vn.thidua.platform.time.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a staff record says, whether it comes from JSON or from a CSV row; checked the same way for both. */
record StaffData(String code, String fullName, Gender gender, LocalDate birthDate, Position position,
        String groupCode, String groupName, Employment employment, LocalDate hireDate, LocalDate activeFrom,
        LocalDate activeTo, String userName, String personCode) {

    public static final int MAX_CODE = 64;
    public static final int MAX_TEXT = 200;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** One field that does not hold. */
    public record Violation(StaffField field, String message) {
    }

    /**
     * Text as stored: NFC, trimmed, spaces collapsed, blanks as null; a group code derived from the
     * group name when none is given.
     */
    public StaffData normalized() {
        String cleanGroupName = StaffTexts.clean(groupName);
        String cleanGroupCode = StaffTexts.clean(groupCode);
        if (cleanGroupCode == null && cleanGroupName != null) {
            cleanGroupCode = StaffTexts.groupCode(cleanGroupName);
        }
        return new StaffData(StaffTexts.clean(code), StaffTexts.clean(fullName), gender, birthDate, position,
                cleanGroupCode, cleanGroupName, employment, hireDate, activeFrom, activeTo, StaffTexts.clean(userName),
                StaffTexts.clean(personCode));
    }

    /**
     * The record after a change: the {@code given} fields from {@code incoming}, the others kept from
     * {@code current} (null for a new record), so an import without a "Tài khoản" column does not
     * erase accounts. "Active from" is never emptied: given, else kept, else the hire date, else
     * {@code today}; but a new record that only says when it ended gets none, for {@link #check} to
     * ask for it rather than invent a start. A person code is never erased (the person keeps their national
     * id): an empty value keeps the current one, a new one corrects it.
     */
    public static StaffData merge(StaffData current, StaffData incoming, Set<StaffField> given, LocalDate today) {
        StaffData base = current != null ? current
                : new StaffData(null, null, null, null, null, null, null, null, null, null, null, null, null);
        boolean group = given.contains(StaffField.GROUP_NAME) || given.contains(StaffField.GROUP_CODE);
        LocalDate hireDate = given.contains(StaffField.HIRE_DATE) ? incoming.hireDate : base.hireDate;
        LocalDate activeTo = given.contains(StaffField.ACTIVE_TO) ? incoming.activeTo : base.activeTo;
        LocalDate activeFrom = incoming.activeFrom != null ? incoming.activeFrom
                : base.activeFrom != null ? base.activeFrom
                : hireDate != null ? hireDate
                : activeTo == null ? today : null;
        return new StaffData(
                given.contains(StaffField.CODE) ? incoming.code : base.code,
                given.contains(StaffField.FULL_NAME) ? incoming.fullName : base.fullName,
                given.contains(StaffField.GENDER) ? incoming.gender : base.gender,
                given.contains(StaffField.BIRTH_DATE) ? incoming.birthDate : base.birthDate,
                given.contains(StaffField.POSITION) ? incoming.position : base.position,
                group ? incoming.groupCode : base.groupCode,
                given.contains(StaffField.GROUP_NAME) ? incoming.groupName : base.groupName,
                given.contains(StaffField.EMPLOYMENT) ? incoming.employment : base.employment,
                hireDate,
                activeFrom,
                activeTo,
                given.contains(StaffField.USER_NAME) ? incoming.userName : base.userName,
                given.contains(StaffField.PERSON_CODE) && incoming.personCode != null ? incoming.personCode
                        : base.personCode);
    }

    /** Missing required values, overlong text and dates that cannot be true; {@code today} bounds the dates. */
    public List<Violation> check(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        required(violations, StaffField.CODE, code);
        required(violations, StaffField.FULL_NAME, fullName);
        required(violations, StaffField.GENDER, gender);
        required(violations, StaffField.POSITION, position);
        required(violations, StaffField.EMPLOYMENT, employment);
        length(violations, StaffField.CODE, code, MAX_CODE);
        length(violations, StaffField.FULL_NAME, fullName, MAX_TEXT);
        length(violations, StaffField.GROUP_CODE, groupCode, MAX_CODE);
        length(violations, StaffField.GROUP_NAME, groupName, MAX_TEXT);
        length(violations, StaffField.USER_NAME, userName, MAX_TEXT);
        length(violations, StaffField.PERSON_CODE, personCode, MAX_CODE);
        if (code != null && code.chars().anyMatch(Character::isWhitespace)) {
            violations.add(new Violation(StaffField.CODE, "Mã không được chứa khoảng trắng (no spaces in a code)"));
        }
        if (personCode != null && personCode.chars().anyMatch(Character::isWhitespace)) {
            violations.add(new Violation(StaffField.PERSON_CODE,
                    "Số định danh không được chứa khoảng trắng (no spaces in a person code)"));
        }
        if (birthDate != null && (birthDate.isAfter(today) || birthDate.isBefore(EARLIEST_BIRTH))) {
            violations.add(new Violation(StaffField.BIRTH_DATE,
                    "Ngày sinh " + birthDate + " không hợp lý (implausible birth date)"));
        }
        for (StaffField field : List.of(StaffField.HIRE_DATE, StaffField.ACTIVE_FROM, StaffField.ACTIVE_TO)) {
            LocalDate day = field == StaffField.HIRE_DATE ? hireDate : field == StaffField.ACTIVE_FROM ? activeFrom
                    : activeTo;
            if (!DateRange.accepts(day)) {
                violations.add(new Violation(field, "Ngày " + day + " " + DateRange.message()));
            }
        }
        if (hireDate != null && birthDate != null && !hireDate.isAfter(birthDate)) {
            violations.add(new Violation(StaffField.HIRE_DATE,
                    "Ngày vào ngành " + hireDate + " không sau ngày sinh " + birthDate + " (hire date before birth date)"));
        }
        if (activeFrom == null) {
            violations.add(new Violation(StaffField.ACTIVE_FROM, "Có đến ngày mà không có từ ngày hay ngày vào ngành "
                    + "(active to given without active from or hire date)"));
        } else if (activeTo != null && activeTo.isBefore(activeFrom)) {
            violations.add(new Violation(StaffField.ACTIVE_TO,
                    "Đến ngày " + activeTo + " trước từ ngày " + activeFrom + " (active to is before active from)"));
        }
        return violations;
    }

    private static void required(List<Violation> violations, StaffField field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, "Thiếu " + field.header.toLowerCase(java.util.Locale.ROOT)
                    + " (missing " + field.jsonName + ")"));
        }
    }

    private static void length(List<Violation> violations, StaffField field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, "Dài quá " + max + " ký tự (longer than " + max + " characters)"));
        }
    }
}
