package vn.thidua.evaluation.registration;

import java.util.List;

/**
 * Who registers: a staff member for themselves (cá nhân) or a professional group as a collective
 * (tập thể). Each registers its own titles (DESIGN.md, "Rules are data").
 */
enum RegistrationKind {
    INDIVIDUAL(List.of("LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ"), true),
    COLLECTIVE(List.of("TTLDTT", "TTLDXS"), false);

    /** The title codes this kind registers for. */
    public final List<String> titles;

    /** Whether initiatives are registered too (a person's; a group's titles need none). */
    public final boolean initiatives;

    RegistrationKind(List<String> titles, boolean initiatives) {
        this.titles = titles;
        this.initiatives = initiatives;
    }
}
