package vn.thidua.evaluation.registration;

import vn.thidua.platform.text.Texts;

/**
 * One registered target: a title (danh hiệu thi đua, by its code) or an initiative (sáng kiến, by
 * its title in {@code text}). Kept as given in the jsonb column and in the registration-submitted event.
 */
record RegistrationTarget(Kind kind, String code, String text) {

    /** TITLE: a title by code; INITIATIVE: an initiative by name. */
    public enum Kind { TITLE, INITIATIVE }

    public RegistrationTarget {
        code = Texts.blankToNull(code);
        text = Texts.blankToNull(text);
    }
}
