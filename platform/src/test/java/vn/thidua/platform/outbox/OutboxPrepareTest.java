package vn.thidua.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventTypes;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.UnitEvents;

/**
 * {@link Outbox#prepare} on a bulk-sized list, encoded and checked in parallel: every event is checked, and the
 * problem thrown is the first failing event's in list order, as when they were checked one by one. (Writing
 * needs the database: plan-service's OutboxChecksTest covers nothing written on a refusal.)
 */
class OutboxPrepareTest {

    private final Outbox outbox = new Outbox(null, new EventCodec(new ObjectMapper().registerModule(
            new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)), config());

    private static List<Outbox.Pending> units(int count) {
        List<Outbox.Pending> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(unit("TH-" + i, "Trường số " + i, LocalDate.of(2020, 1, 1)));
        }
        return events;
    }

    private static Outbox.Pending unit(String code, String name, LocalDate validFrom) {
        return new Outbox.Pending(EventTypes.UNIT_UPSERTED, code, code, null,
                new UnitEvents.Upserted(code, name, "SCHOOL", "PGD-TAMNONG", validFrom, null));
    }

    @Test
    void aBulkOfValidEventsIsPreparedInOrder() {
        List<Outbox.Pending> events = units(1000);
        Outbox.Prepared prepared = outbox.prepare(events);
        assertEquals(1000, prepared.size());
    }

    @Test
    void theFirstEventThatBreaksItsContractIsTheOneRefusedWhateverTheOrderOfTheWork() {
        for (int run = 0; run < 5; run++) {
            List<Outbox.Pending> events = units(1000);
            events.set(700, unit("TH-LATER", "Trường sau", null)); // data.validFrom missing
            events.set(300, unit("TH-FIRST", "", LocalDate.of(2020, 1, 1))); // data.name empty
            ProblemException e = assertThrows(ProblemException.class, () -> outbox.prepare(events));
            assertEquals(422, e.status());
            assertEquals(List.of("data.name"), e.toProblem(null).errors().stream().map(Problem.FieldError::field)
                    .toList());
        }
    }

    private static PlatformConfig config() {
        return new PlatformConfig() {
            @Override
            public String serviceName() {
                return "plan-service";
            }

            @Override
            public PlatformConfig.Outbox outbox() {
                return new PlatformConfig.Outbox() {
                    @Override
                    public boolean relayEnabled() {
                        return false;
                    }

                    @Override
                    public Duration pollInterval() {
                        return Duration.ofSeconds(2);
                    }

                    @Override
                    public boolean wakeOnCommit() {
                        return false;
                    }

                    @Override
                    public int batchSize() {
                        return 1000;
                    }

                    @Override
                    public int parkAfterAttempts() {
                        return 10;
                    }

                    @Override
                    public Duration initialBackoff() {
                        return Duration.ofSeconds(1);
                    }

                    @Override
                    public Duration maxBackoff() {
                        return Duration.ofSeconds(60);
                    }

                    @Override
                    public int maxEventBytes() {
                        return 1032192;
                    }
                };
            }

            @Override
            public Units units() {
                return null;
            }
        };
    }
}
