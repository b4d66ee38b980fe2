package vn.thidua.evaluation.registration;

import vn.thidua.platform.problem.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a registration may contain and when it may change: plain functions of their inputs. */
final class RegistrationRules {

    public static final int MAX_TARGETS = 20;
    public static final int MAX_TEXT = 500;
    public static final int MAX_REASON = 2000;

    private RegistrationRules() {
    }

    /**
     * The errors of a list of targets, each naming its field ({@code targets[1].code}): title codes
     * of the registration's kind, an initiative's name, no repeats. An empty list is a valid draft.
     */
    public static List<FieldError> check(RegistrationKind kind, List<RegistrationTarget> targets) {
        List<FieldError> errors = new ArrayList<>();
        if (targets == null) {
            errors.add(new FieldError("targets", "Bắt buộc (required)"));
            return errors;
        }
        if (targets.size() > MAX_TARGETS) {
            errors.add(new FieldError("targets", "Tối đa " + MAX_TARGETS + " mục (at most " + MAX_TARGETS + ")"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            RegistrationTarget target = targets.get(i);
            String at = "targets[" + i + "]";
            if (target == null || target.kind() == null) {
                errors.add(new FieldError(at + ".kind", "Bắt buộc: TITLE hoặc INITIATIVE (required)"));
                continue;
            }
            if (target.text() != null && target.text().length() > MAX_TEXT) {
                errors.add(new FieldError(at + ".text", "Tối đa " + MAX_TEXT + " ký tự (too long)"));
            }
            switch (target.kind()) {
                case TITLE -> {
                    if (target.code() == null || !kind.titles.contains(target.code())) {
                        errors.add(new FieldError(at + ".code", "Danh hiệu " + (target.code() == null ? "(trống)"
                                : "\"" + target.code() + "\"") + " không đăng ký được; chọn một trong "
                                + String.join(", ", kind.titles) + " (unknown title code for a "
                                + kind.name().toLowerCase() + " registration)"));
                        continue;
                    }
                    Integer earlier = seen.putIfAbsent(target.code(), i);
                    if (earlier != null) {
                        errors.add(new FieldError(at + ".code", "Danh hiệu " + target.code() + " đã có ở targets["
                                + earlier + "] (title repeated)"));
                    }
                }
                case INITIATIVE -> {
                    if (!kind.initiatives) {
                        errors.add(new FieldError(at + ".kind", "Tập thể đăng ký danh hiệu " + String.join(", ",
                                kind.titles) + ", không đăng ký sáng kiến (a collective registers titles only)"));
                    } else if (target.code() != null) {
                        errors.add(new FieldError(at + ".code", "Sáng kiến không có mã; ghi tên vào text (an "
                                + "initiative has no code; its name goes in text)"));
                    } else if (target.text() == null) {
                        errors.add(new FieldError(at + ".text", "Ghi tên sáng kiến (the initiative's name is "
                                + "required)"));
                    }
                }
            }
        }
        return errors;
    }

    /** Whether {@code today} is after the deadline (the deadline day itself is still open). */
    public static boolean closed(LocalDate deadline, LocalDate today) {
        return deadline != null && today.isAfter(deadline);
    }

    /** The deadline as schools write it, 15/03/2023. */
    public static String format(LocalDate deadline) {
        return String.format("%02d/%02d/%04d", deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear());
    }
}
