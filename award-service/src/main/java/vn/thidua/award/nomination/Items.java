package vn.thidua.award.nomination;

import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the nomination use cases share: items locked while they change (so an item is decided once),
 * one school year per submission or decision, a submission's state from its items.
 */
final class Items {

    private Items() {
    }

    /** Locks the items in id order (two requests over the same items never deadlock); 404 for an unknown id. */
    static List<Nomination> lock(List<UUID> ids, String field) {
        List<UUID> sorted = ids.stream().distinct().sorted().toList();
        if (sorted.size() != ids.size()) {
            throw NominationProblems.duplicateIds(field);
        }
        List<Nomination> items = new ArrayList<>();
        for (UUID id : sorted) {
            items.add(lockOne(id));
        }
        return items;
    }

    static Nomination lockOne(UUID id) {
        Nomination item = Nomination.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw NominationProblems.nominationNotFound(id);
        }
        return item;
    }

    static String sameYear(Collection<Nomination> items) {
        Set<String> years = new HashSet<>();
        items.forEach(n -> years.add(n.schoolYear));
        if (years.size() > 1) {
            throw NominationProblems.severalYears(years);
        }
        return years.iterator().next();
    }

    static void refreshSubmission(UUID submissionId, OffsetDateTime now) {
        if (submissionId == null) {
            return;
        }
        Submission submission = Submission.findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
        List<String> statuses = Nomination.ofSubmission(submissionId).stream().map(n -> n.status.name()).toList();
        submission.status = NominationRules.submissionStatus(statuses);
        submission.updatedAt = now;
    }

    /** Writes now, so a unique key another request took meanwhile answers 409 with {@code conflict}. */
    static void flush(Supplier<RuntimeException> conflict) {
        try {
            Nomination.flush();
        } catch (PersistenceException e) {
            throw conflict.get();
        }
    }
}
