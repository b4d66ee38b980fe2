package vn.thidua.evaluation;

/**
 * One registered target: a title (danh hiệu thi đua, by its code) or an initiative (sáng kiến, by
 * its title in {@code text}). Kept as given in the jsonb column and in the registration-submitted event.
 */
public record RegistrationTarget(Kind kind, String code, String text) {

    /** TITLE: a title by code; INITIATIVE: an initiative by name. */
    public enum Kind { TITLE, INITIATIVE }

    public RegistrationTarget {
        code = code == null || code.isBlank() ? null : code.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
