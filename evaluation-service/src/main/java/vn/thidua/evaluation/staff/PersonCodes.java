package vn.thidua.evaluation.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The register of person codes (national id number or civil-servant personal code): one code per
 * person and one person per code, in table {@code person_code}. A record may carry a code only when
 * the register gives that code to the record's person (the composite key of V12 holds it there too).
 * Runs in the caller's transaction.
 */
@ApplicationScoped
class PersonCodes {

    private final EntityManager entities;

    PersonCodes(EntityManager entities) {
        this.entities = entities;
    }

    /** The person holding {@code code}, if any. */
    Optional<UUID> holder(String code) {
        return holders(List.of(code)).values().stream().findFirst();
    }

    /** The holders of many codes with one query. */
    @SuppressWarnings("unchecked")
    Map<String, UUID> holders(Collection<String> codes) {
        Map<String, UUID> holders = new HashMap<>();
        if (codes.isEmpty()) {
            return holders;
        }
        List<Object[]> rows = entities.createNativeQuery(
                "select code, person_id from person_code where code in (?1)")
                .setParameter(1, List.copyOf(codes)).getResultList();
        rows.forEach(row -> holders.put((String) row[0], (UUID) row[1]));
        return holders;
    }

    /**
     * Gives {@code code} to {@code personId}, before the record carrying it is written: a person who had
     * another code has it corrected on all their records (the key cascades); a code held by another person
     * is a 409 naming personCode. Nothing to do for a null code.
     */
    void claim(String code, UUID personId) {
        if (code == null) {
            return;
        }
        Optional<UUID> holder = holder(code);
        if (holder.isPresent()) {
            if (!holder.get().equals(personId)) {
                throw StaffProblems.personCodeTaken(code);
            }
            return;
        }
        try {
            int corrected = entities.createNativeQuery("update person_code set code = ?1 where person_id = ?2")
                    .setParameter(1, code).setParameter(2, personId).executeUpdate();
            if (corrected == 0) {
                // A concurrent claim of the same code waits here for the other transaction, then inserts nothing.
                entities.createNativeQuery("insert into person_code (code, person_id) values (?1, ?2) on conflict do nothing")
                        .setParameter(1, code).setParameter(2, personId).executeUpdate();
            }
        } catch (PersistenceException e) {
            throw StaffProblems.personCodeTaken(code);
        }
        if (!holder(code).map(personId::equals).orElse(false)) {
            throw StaffProblems.personCodeTaken(code);
        }
    }
}
