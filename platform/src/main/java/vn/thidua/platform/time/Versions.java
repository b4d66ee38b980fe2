package vn.thidua.platform.time;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which of several dated versions (rule sets and their read copies) is in force on a day: among those
 * whose own range contains the day, the one that started last. One rule, so award-service and the
 * services that keep a copy of its rule sets always pick the same version.
 */
public final class Versions {

    /** A version with its effective range, both ends included; {@code effectiveTo} null is open-ended. */
    public interface Dated {
        LocalDate effectiveFrom();

        LocalDate effectiveTo();

        default boolean covers(LocalDate day) {
            return !day.isBefore(effectiveFrom()) && (effectiveTo() == null || !day.isAfter(effectiveTo()));
        }
    }

    private Versions() {
    }

    public static <T extends Dated> Optional<T> inForce(Collection<T> versions, LocalDate day) {
        return versions.stream().filter(v -> v.covers(day)).max(Comparator.comparing(Dated::effectiveFrom));
    }

    /** The first version of all; what applies to a day older than every version. */
    public static <T extends Dated> Optional<T> earliest(Collection<T> versions) {
        return versions.stream().min(Comparator.comparing(Dated::effectiveFrom));
    }
}
