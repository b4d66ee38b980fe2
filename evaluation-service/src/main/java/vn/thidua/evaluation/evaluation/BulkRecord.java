package vn.thidua.evaluation.evaluation;

import vn.thidua.contracts.Rating;

import vn.thidua.platform.time.SchoolDates;
import vn.thidua.evaluation.staff.StaffTexts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.platform.problem.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One record of a bulk post as a school's software sends it. Values arrive as text and are read
 * here one by one, so a bad value is reported against its record ({@code records[12].rating})
 * instead of failing the whole body.
 */
@Schema(description = "One staff member's rating and/or facts")
record BulkRecord(
        @Schema(description = "Mã cán bộ in the school", example = "TC2-004") String staffCode,
        @Schema(description = "HTXS, HTT, HT, KHT or NOT_RATED: finalises the evaluation; absent: facts only")
        String rating,
        @Schema(description = "Replaces the person's facts in the cycle; absent: kept as they are") RecordFacts facts) {

    @Schema(description = "Dates yyyy-MM-dd or dd/MM/yyyy")
    public record RecordFacts(String monthsWorked, List<DisciplineItem> discipline, List<LeaveItem> leave,
            List<InitiativeItem> initiatives) {
    }

    public record DisciplineItem(String form, String date,
            @Schema(description = "true: đang bị xem xét xử lý kỷ luật (date: the day the procedure opened)") String pending,
            @Schema(description = "Last day of the discipline term, when known") String endsOn) {
    }

    public record LeaveItem(String kind, String from, String to) {
    }

    public record InitiativeItem(String title, String level, String recognisedOn) {
    }

    /** What a record says once read: a rating, facts, or the errors that keep it out. */
    public record Parsed(Rating rating, Facts facts, List<FieldError> errors) {
    }

    /** Reads the record at {@code index}; field names are {@code records[index].…}. */
    public Parsed parse(int index) {
        String at = "records[" + index + "]";
        List<FieldError> errors = new ArrayList<>();
        if (staffCode == null || staffCode.isBlank()) {
            errors.add(new FieldError(at + ".staffCode", "Bắt buộc (required)"));
        }
        Rating parsedRating = null;
        if (rating != null) {
            parsedRating = Rating.parse(rating).orElse(null);
            if (parsedRating == null) {
                errors.add(new FieldError(at + ".rating", "Xếp loại không rõ \"" + rating + "\" (unknown rating): "
                        + Rating.names()));
            }
        }
        Facts parsedFacts = null;
        if (facts != null) {
            parsedFacts = facts(at + ".facts", errors);
        }
        if (rating == null && facts == null) {
            errors.add(new FieldError(at, "Không có xếp loại hay thông tin nào (neither rating nor facts)"));
        }
        return new Parsed(parsedRating, parsedFacts, errors);
    }

    private Facts facts(String at, List<FieldError> errors) {
        Double months = null;
        if (facts.monthsWorked() != null && !facts.monthsWorked().isBlank()) {
            try {
                months = Double.valueOf(facts.monthsWorked().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(at + ".monthsWorked", "Không phải số (not a number): " + facts.monthsWorked()));
            }
        }
        List<Facts.Discipline> discipline = new ArrayList<>();
        List<DisciplineItem> disciplineItems = nonNull(facts.discipline());
        for (int i = 0; i < disciplineItems.size(); i++) {
            DisciplineItem item = disciplineItems.get(i);
            String field = at + ".discipline[" + i + "]";
            discipline.add(item == null ? null : new Facts.Discipline(
                    value(field + ".form", item.form(), Facts.DisciplineForm.class, errors),
                    date(field + ".date", item.date(), errors), flag(field + ".pending", item.pending(), errors),
                    date(field + ".endsOn", item.endsOn(), errors)));
        }
        List<Facts.Leave> leave = new ArrayList<>();
        List<LeaveItem> leaveItems = nonNull(facts.leave());
        for (int i = 0; i < leaveItems.size(); i++) {
            LeaveItem item = leaveItems.get(i);
            String field = at + ".leave[" + i + "]";
            leave.add(item == null ? null : new Facts.Leave(value(field + ".kind", item.kind(), Facts.LeaveKind.class, errors),
                    date(field + ".from", item.from(), errors), date(field + ".to", item.to(), errors)));
        }
        List<Facts.Initiative> initiatives = new ArrayList<>();
        List<InitiativeItem> initiativeItems = nonNull(facts.initiatives());
        for (int i = 0; i < initiativeItems.size(); i++) {
            InitiativeItem item = initiativeItems.get(i);
            String field = at + ".initiatives[" + i + "]";
            initiatives.add(item == null ? null : new Facts.Initiative(StaffTexts.clean(item.title()),
                    value(field + ".level", item.level(), Facts.InitiativeLevel.class, errors),
                    date(field + ".recognisedOn", item.recognisedOn(), errors)));
        }
        Facts read = new Facts(months, discipline, leave, initiatives);
        int before = errors.size();
        for (Facts.Violation violation : read.check()) {
            FieldError error = new FieldError(at + "." + violation.field(), violation.message());
            // A value already reported as unreadable is not reported again as missing.
            if (errors.subList(0, before).stream().noneMatch(e -> e.field().equals(error.field()))) {
                errors.add(error);
            }
        }
        return read;
    }

    private static <T> List<T> nonNull(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static <E extends Enum<E>> E value(String field, String text, Class<E> type, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.strip())).findFirst();
        if (found.isEmpty()) {
            errors.add(new FieldError(field, "Giá trị không rõ \"" + text + "\" (unknown value): " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        }
        return found.orElse(null);
    }

    private static Boolean flag(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, "Phải là true hoặc false \"" + text + "\" (not a boolean)"));
                yield null;
            }
        };
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        Optional<LocalDate> day = SchoolDates.parse(text.strip());
        if (day.isEmpty()) {
            errors.add(new FieldError(field, "Ngày không hợp lệ \"" + text + "\" (bad date): yyyy-MM-dd hoặc dd/MM/yyyy"));
        }
        return day.orElse(null);
    }
}
