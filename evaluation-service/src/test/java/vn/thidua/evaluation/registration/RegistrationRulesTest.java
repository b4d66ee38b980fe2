package vn.thidua.evaluation.registration;

import org.junit.jupiter.api.Test;
import vn.thidua.evaluation.registration.RegistrationTarget.Kind;
import vn.thidua.platform.problem.Problem.FieldError;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a registration may contain, and when the deadline closes it. */
class RegistrationRulesTest {

    static RegistrationTarget title(String code) {
        return new RegistrationTarget(Kind.TITLE, code, null);
    }

    static RegistrationTarget initiative(String text) {
        return new RegistrationTarget(Kind.INITIATIVE, null, text);
    }

    static List<String> fields(RegistrationKind kind, RegistrationTarget... targets) {
        return RegistrationRules.check(kind, Arrays.asList(targets)).stream().map(FieldError::field).toList();
    }

    @Test
    void aPersonRegistersIndividualTitlesAndNamedInitiatives() {
        assertEquals(List.of(), fields(RegistrationKind.INDIVIDUAL, title("LDTT"), title("CSTDCS"), title("CSTD_TINH"),
                title("CSTD_TQ"), initiative("Một số biện pháp rèn kỹ năng đọc cho học sinh lớp 1")));
        assertEquals(List.of(), fields(RegistrationKind.INDIVIDUAL));
        assertEquals(List.of("targets[1].code"), fields(RegistrationKind.INDIVIDUAL, title("LDTT"), title("TTLDTT")));
        assertEquals(List.of("targets[0].code"), fields(RegistrationKind.INDIVIDUAL, title(null)));
        assertEquals(List.of("targets[0].code"), fields(RegistrationKind.INDIVIDUAL, title("ldtt")));
        assertEquals(List.of("targets[2].code"), fields(RegistrationKind.INDIVIDUAL, title("LDTT"), title("CSTDCS"),
                title("LDTT")));
        assertEquals(List.of("targets[0].text"), fields(RegistrationKind.INDIVIDUAL, initiative("  ")));
        assertEquals(List.of("targets[0].code"), fields(RegistrationKind.INDIVIDUAL,
                new RegistrationTarget(Kind.INITIATIVE, "LDTT", "Sáng kiến")));
        assertEquals(List.of("targets[0].kind"), fields(RegistrationKind.INDIVIDUAL,
                new RegistrationTarget(null, "LDTT", null)));
        assertEquals(List.of("targets[0].text"), fields(RegistrationKind.INDIVIDUAL, initiative("x".repeat(501))));
    }

    @Test
    void aGroupRegistersCollectiveTitlesOnly() {
        assertEquals(List.of(), fields(RegistrationKind.COLLECTIVE, title("TTLDTT")));
        assertEquals(List.of(), fields(RegistrationKind.COLLECTIVE, title("TTLDXS")));
        assertEquals(List.of("targets[0].code"), fields(RegistrationKind.COLLECTIVE, title("LDTT")));
        assertEquals(List.of("targets[1].kind"), fields(RegistrationKind.COLLECTIVE, title("TTLDTT"),
                initiative("Sáng kiến của tổ")));
        String message = RegistrationRules.check(RegistrationKind.COLLECTIVE, List.of(title("CO_THI_DUA"))).get(0)
                .message();
        assertTrue(message.contains("TTLDTT, TTLDXS"), message);
    }

    @Test
    void tooManyTargetsOrNoneAtAllAreNamed() {
        RegistrationTarget[] many = new RegistrationTarget[21];
        Arrays.fill(many, initiative("Sáng kiến"));
        assertEquals(List.of("targets"), fields(RegistrationKind.INDIVIDUAL, many));
        assertEquals("targets", RegistrationRules.check(RegistrationKind.INDIVIDUAL, null).get(0).field());
    }

    @Test
    void blankTextsAndCodesAreAbsent() {
        RegistrationTarget target = new RegistrationTarget(Kind.TITLE, " LDTT ", "  ");
        assertEquals("LDTT", target.code());
        assertEquals(null, target.text());
    }

    @Test
    void theDeadlineDayIsStillOpen() {
        LocalDate deadline = LocalDate.of(2023, 3, 15);
        assertFalse(RegistrationRules.closed(deadline, LocalDate.of(2023, 3, 14)));
        assertFalse(RegistrationRules.closed(deadline, deadline));
        assertTrue(RegistrationRules.closed(deadline, LocalDate.of(2023, 3, 16)));
        assertFalse(RegistrationRules.closed(null, LocalDate.of(2030, 1, 1)));
        assertEquals("15/03/2023", RegistrationRules.format(deadline));
    }
}
