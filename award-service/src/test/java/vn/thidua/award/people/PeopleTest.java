package vn.thidua.award.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardApi;
import vn.thidua.contracts.EventContracts;
import vn.thidua.testing.TestKafka;
import vn.thidua.testing.ThiduaTestResource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** award-service's copy of the staff, filled from thidua.staff.v1 on the real broker, read through People. */
@QuarkusTest
@QuarkusTestResource(value = ThiduaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "thidua_award_test"))
class PeopleTest {

    @Inject
    People people;

    <T> T read(Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }

    static void send(UUID key, String json) {
        assertEquals(Set.of(), EventContracts.validate(json), json);
        TestKafka.send(AwardApi.kafka(), AwardApi.STAFF_TOPIC, key.toString(), json);
    }

    static String moved(UUID personId, UUID from, UUID to, String fromUnit, String toUnit, String effectiveOn) {
        return """
                {"specversion":"1.0","id":"%s","source":"/thidua/evaluation-service","type":"vn.thidua.staff.moved.v1",
                 "subject":"%s","time":"2024-08-25T03:00:00Z","datacontenttype":"application/json","unit":"%s",
                 "data":{"personId":"%s","staffId":"%s","newStaffId":"%s","fromUnit":"%s","toUnit":"%s",
                  "effectiveOn":"%s"}}""".formatted(UUID.randomUUID(), from, fromUnit, personId, from, to, fromUnit,
                toUnit, effectiveOn);
    }

    @Test
    void upsertsFillTheCopyAndAnOlderEventDoesNotOverwriteANewerOne() {
        UUID staffId = UUID.randomUUID();
        UUID personId = UUID.randomUUID();
        String personCode = "0871" + staffId.toString().substring(0, 8);
        assertEquals("Cán bộ mã " + staffId, read(() -> people.displayName(staffId)), "before the record arrives");

        send(staffId, AwardApi.staffUpserted(staffId, personId, personCode, "GV07", "Phạm Thị Ánh", "TH-TRAMCHIM2",
                "TO-1", true, "2024-08-20T02:15:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> people.staff(staffId)).isPresent());
        StaffMember member = read(() -> people.staff(staffId)).orElseThrow();
        assertEquals(personId, member.personId);
        assertEquals(personCode, member.personCode);
        assertEquals("GV07", member.code);
        assertEquals("TO-1", member.groupCode);
        assertTrue(member.active);
        assertEquals("Phạm Thị Ánh", read(() -> people.displayName(staffId)));
        assertEquals(Optional.of(personId), read(() -> people.personOf(staffId)));
        assertEquals(Optional.of(staffId), read(() -> people.byCode("TH-TRAMCHIM2", "GV07")).map(s -> s.staffId));
        assertEquals(Optional.of(staffId), read(() -> people.byPersonCode(personCode)).map(s -> s.staffId));
        assertEquals("Phạm Thị Ánh", read(() -> people.nameOr(staffId.toString(), "Tên gõ tay")));
        assertEquals("Tên gõ tay", read(() -> people.nameOr(UUID.randomUUID().toString(), "Tên gõ tay")));

        // A later change replaces the copy; an event older than the copy (a replay) does not.
        send(staffId, AwardApi.staffUpserted(staffId, personId, personCode, "GV07", "Phạm Thị Ngọc Ánh",
                "TH-TRAMCHIM2", "TO-1", true, "2024-08-21T02:15:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Phạm Thị Ngọc Ánh".equals(read(() -> people.displayName(staffId))));
        UUID marker = UUID.randomUUID();
        send(staffId, AwardApi.staffUpserted(staffId, personId, personCode, "GV07", "Tên cũ", "TH-TRAMCHIM2",
                "TO-1", true, "2024-08-01T00:00:00Z"));
        AwardApi.staff(marker, "Đánh dấu", "TH-TRAMCHIM2");
        assertEquals("Phạm Thị Ngọc Ánh", read(() -> people.displayName(staffId)),
                "the older event, consumed before the marker on its partition or not, did not win");
    }

    @Test
    void aMoveKeepsThePersonAcrossSchoolsWhicheverEventComesFirst() {
        UUID personId = UUID.randomUUID();
        UUID from = UUID.randomUUID();
        UUID to = UUID.randomUUID();
        send(from, AwardApi.staffUpserted(from, personId, null, "GV05", "Trần Thị Oanh", "TH-TRAMCHIM2", "TO-4-5", true,
                "2024-01-01T00:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> people.staff(from)).isPresent());
        // The move before the new record's own upsert (another key, maybe another partition).
        send(from, moved(personId, from, to, "TH-TRAMCHIM2", "TH-HOAAN", "2024-09-01"));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> people.staff(to)).isPresent());
        StaffMember started = read(() -> people.staff(to)).orElseThrow();
        assertEquals(personId, started.personId);
        assertEquals("TH-HOAAN", started.unitCode);
        assertEquals("Trần Thị Oanh", started.fullName);
        assertFalse(read(() -> people.staff(from)).orElseThrow().active);
        assertEquals(Set.of(from, to), Set.copyOf(read(() -> people.staffIdsOf(personId))));

        // Then the new record's upsert replaces the stand-in.
        send(to, AwardApi.staffUpserted(to, personId, null, "HA-12", "Trần Thị Oanh", "TH-HOAAN", null, true,
                "2024-08-25T03:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(() -> people.staff(to)).map(s -> s.code)
                .equals(Optional.of("HA-12")));
        assertEquals(List.of(from, to).size(), read(() -> people.staffIdsOf(personId)).size());
    }

    @Test
    void anEventBreakingItsContractGoesToTheDeadLetterTopic() {
        UUID staffId = UUID.randomUUID();
        String broken = AwardApi.staffUpserted(staffId, UUID.randomUUID(), null, "GV01", "Lê Văn Định", "TH-TRAMCHIM2",
                null, true, "2024-01-01T00:00:00Z").replace("\"fullName\":\"Lê Văn Định\",", "");
        TestKafka.send(AwardApi.kafka(), AwardApi.STAFF_TOPIC, staffId.toString(), broken);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.readAll(AwardApi.kafka(),
                "thidua.staff.v1.dlq.award-service", Duration.ofSeconds(3)).stream()
                .anyMatch(r -> r.key().equals(staffId.toString())));
        assertTrue(read(() -> people.staff(staffId)).isEmpty());
    }
}
