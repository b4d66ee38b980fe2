package vn.thidua.award.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.platform.text.VietnameseNames;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Names and persons behind staff ids, read from the copy of evaluation-service's staff
 * ({@code staff_member}). Every document, list and report that prints a person asks here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class People {

    public Optional<StaffMember> staff(UUID staffId) {
        return staffId == null ? Optional.empty() : Optional.ofNullable(StaffMember.findById(staffId));
    }

    /** The full name, or "Cán bộ mã …" (the id) while the staff record has not arrived. */
    public String displayName(UUID staffId) {
        return staff(staffId).map(s -> s.fullName).orElseGet(() -> fallbackName(staffId));
    }

    /** Full names of many staff ids with one query; an unknown id gets the fallback. */
    public Map<UUID, String> displayNames(Collection<UUID> staffIds) {
        Map<UUID, String> names = new HashMap<>();
        if (staffIds.isEmpty()) {
            return names;
        }
        StaffMember.<StaffMember>list("staffId in ?1", staffIds).forEach(s -> names.put(s.staffId, s.fullName));
        staffIds.forEach(id -> names.computeIfAbsent(id, People::fallbackName));
        return names;
    }

    /**
     * A person's name for a document: the full name from the staff copy when {@code staffId} (as text, the way
     * nominations and agenda items hold it) is known, else {@code given} (the name typed by whoever nominated),
     * else "Cán bộ mã …".
     */
    public String nameOr(String staffId, String given) {
        Optional<StaffMember> known = Optional.empty();
        try {
            known = staffId == null ? Optional.empty() : staff(UUID.fromString(staffId.strip()));
        } catch (IllegalArgumentException e) {
            // Not a staff id (a collective's code): nothing to look up.
        }
        return known.map(s -> s.fullName).orElseGet(() -> given != null && !given.isBlank() ? given
                : "Cán bộ mã " + staffId);
    }

    public Optional<UUID> personOf(UUID staffId) {
        return staff(staffId).map(s -> s.personId);
    }

    /** Every school's record of the person, the ended ones too, oldest update first. */
    public List<UUID> staffIdsOf(UUID personId) {
        return StaffMember.<StaffMember>list("personId = ?1 order by updatedAt, staffId", personId).stream()
                .map(s -> s.staffId).toList();
    }

    public Optional<StaffMember> byCode(String unitCode, String code) {
        return StaffMember.find("unitCode = ?1 and code = ?2", unitCode, code).firstResultOptional();
    }

    /** The person's current record (active first, then the latest) by national id or personal code. */
    public Optional<StaffMember> byPersonCode(String personCode) {
        return StaffMember.<StaffMember>find("personCode = ?1 order by active desc, updatedAt desc", personCode)
                .firstResultOptional();
    }

    /**
     * Orders items by their person's full name, Vietnamese collation by given name (DESIGN.md "Lists page
     * and sort"); ties keep their order. A new one per sort: it keeps the names' collation keys.
     */
    public <T> Comparator<T> byName(Function<T, String> fullName) {
        return Comparator.comparing(fullName, VietnameseNames.byGivenName());
    }

    static String fallbackName(UUID staffId) {
        return "Cán bộ mã " + staffId;
    }
}
