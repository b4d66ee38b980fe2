package vn.thidua.plan.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.outbox.Outbox;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.security.UnitEvents;
import vn.thidua.testing.ThiduaTestResource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An honest producer (issue 13): the outbox refuses an event that breaks its contract (422 naming the
 * field) or that the broker would never take (413), and the transaction writes nothing, not even the
 * valid events of the same batch.
 */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_plan_test"))
class OutboxChecksTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    private static UnitEvents.Upserted unit(String code, String name, LocalDate validFrom) {
        return new UnitEvents.Upserted(code, name, "SCHOOL", "PGD-TAMNONG", validFrom, null);
    }

    private long rows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from outbox_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void anEventThatBreaksItsContractIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        long before = rows();
        ProblemException e = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                outbox.publishAll(List.of(
                        new Outbox.Pending(EventTypes.UNIT_UPSERTED, "TH-OK", "TH-OK", null,
                                unit("TH-OK", "Trường đúng", LocalDate.of(2020, 1, 1))),
                        new Outbox.Pending(EventTypes.UNIT_UPSERTED, "TH-BAD", "TH-BAD", null,
                                unit("TH-BAD", "", null))))));
        assertEquals(422, e.status());
        Problem problem = e.toProblem(null);
        List<String> fields = problem.errors().stream().map(Problem.FieldError::field).toList();
        assertTrue(fields.contains("data.name") && fields.contains("data.validFrom"), fields.toString());
        assertEquals(before, rows(), "nothing written, not even the valid event");
    }

    @Test
    void anEventOverTheBrokersLimitIsRefusedAtWriteTime() throws Exception {
        long before = rows();
        String huge = "Trường ".repeat(200_000); // 1.6 MB in UTF-8, well over the 1 MiB message limit
        ProblemException e = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(EventTypes.UNIT_UPSERTED, "TH-HUGE", "TH-HUGE", null,
                        unit("TH-HUGE", huge, LocalDate.of(2020, 1, 1)))));
        assertEquals(413, e.status());
        assertEquals(before, rows(), "nothing written");
        // Just under the limit in characters but over it in bytes: counted in UTF-8, not in chars.
        String accents = "ạ".repeat(400_000); // 400,000 chars, 1.2 MB
        assertEquals(413, assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(EventTypes.UNIT_UPSERTED, "TH-HUGE", "TH-HUGE", null,
                        unit("TH-HUGE", accents, LocalDate.of(2020, 1, 1))))).status());
        assertEquals(before, rows());
    }
}
