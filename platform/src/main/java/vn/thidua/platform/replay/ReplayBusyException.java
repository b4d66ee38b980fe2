package vn.thidua.platform.replay;

import java.util.Optional;

/**
 * A replay of the same name is waiting or running (on this replica or another): the request is
 * refused. A resource answers 409 with it.
 */
public class ReplayBusyException extends RuntimeException {

    private final transient ReplayJob active;

    ReplayBusyException(String name, ReplayJob active) {
        super("Replay " + name + " is already " + (active == null ? "running" : active.state().name().toLowerCase()
                + (active.holder() == null ? "" : " on " + active.holder())));
        this.active = active;
    }

    /** The job in the way, as stored; empty when its holder had not recorded it yet. */
    public Optional<ReplayJob> active() {
        return Optional.ofNullable(active);
    }
}
