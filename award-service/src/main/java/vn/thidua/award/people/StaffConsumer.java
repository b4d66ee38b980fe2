package vn.thidua.award.people;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.thidua.platform.consumer.IdempotentConsumer;
import vn.thidua.platform.events.EventCodec;
import vn.thidua.platform.events.EventEnvelope;
import vn.thidua.platform.events.EventTypes;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Staff events in ({@code thidua.staff.v1}): the copy {@code staff_member} that {@link People} reads. An
 * upsert replaces the record unless the copy already holds a later one (a record's events share a key,
 * so they come in order; the check guards a replay). A move ends the old record and, if its own upsert
 * has not come yet (another key, another partition), starts the new one from the old one's name.
 */
@ApplicationScoped
class StaffConsumer {

    private static final Logger LOG = Logger.getLogger(StaffConsumer.class);

    private final IdempotentConsumer consumer;
    private final EventCodec codec;

    StaffConsumer(IdempotentConsumer consumer, EventCodec codec) {
        this.consumer = consumer;
        this.codec = codec;
    }

    @Incoming("staff-events")
    @Blocking
    public void onStaffEvent(String payload) {
        consumer.handle(payload, Map.of(
                EventTypes.STAFF_UPSERTED.type(), this::upserted,
                EventTypes.STAFF_MOVED.type(), this::moved));
    }

    private void upserted(EventEnvelope event) {
        StaffEvents.Upserted data = codec.dataAs(event, StaffEvents.Upserted.class);
        OffsetDateTime at = event.time();
        StaffMember member = StaffMember.findById(data.staffId());
        if (member == null) {
            member = new StaffMember();
            member.staffId = data.staffId();
        } else if (member.updatedAt.isAfter(at)) {
            LOG.debugf("Staff %s: keeping the copy of %s over the event of %s", data.staffId(), member.updatedAt, at);
            return;
        }
        member.personId = data.personId();
        member.personCode = data.personCode();
        member.code = data.code();
        member.fullName = data.fullName();
        member.unitCode = data.unitCode();
        member.groupCode = data.groupCode();
        member.active = data.active();
        member.updatedAt = at;
        member.persist();
    }

    private void moved(EventEnvelope event) {
        StaffEvents.Moved data = codec.dataAs(event, StaffEvents.Moved.class);
        StaffMember from = StaffMember.findById(data.staffId());
        if (from != null) {
            from.active = false;
        }
        StaffMember to = StaffMember.findById(data.newStaffId());
        if (to == null && from != null) {
            to = new StaffMember();
            to.staffId = data.newStaffId();
            to.personId = data.personId();
            to.personCode = from.personCode;
            to.code = from.code;
            to.fullName = from.fullName;
            to.unitCode = data.toUnit();
            to.active = true;
            // Older than any event of the new record, so its own upsert replaces this stand-in.
            to.updatedAt = from.updatedAt;
            to.persist();
        }
    }
}
