package vn.thidua.award.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.thidua.award.eligibility.HistoryChanges;
import vn.thidua.platform.time.TimeSource;

import java.util.List;
import java.util.UUID;

/**
 * Thu hồi of an imported decision (one taken before the system; those taken here are revoked through their
 * nomination): marked revoked with the reason, who and when, kept in the file, no longer counted; the person's
 * later open cycles are recomputed. The school's principal or an office above it.
 */
@ApplicationScoped
@Transactional
class RecordRevocation {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RevokedAchievement")
    record Revoked(Achievement record, List<UUID> recomputedCycles) {
    }

    private final AchievementAccess access;
    private final HistoryChanges history;
    private final TimeSource time;

    RecordRevocation(AchievementAccess access, HistoryChanges history, TimeSource time) {
        this.access = access;
        this.history = history;
        this.time = time;
    }

    Revoked revoke(UUID id, String reason) {
        AchievementRecord record = AchievementRecord.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw AchievementProblems.recordNotFound(id);
        }
        access.requireImport(record.unitCode);
        if (reason == null || reason.isBlank()) {
            throw AchievementProblems.reasonRequired();
        }
        if (record.revoked) {
            throw AchievementProblems.alreadyRevoked(id);
        }
        record.revoked = true;
        record.revokedReason = reason.strip();
        record.revokedBy = access.actor();
        record.revokedAt = time.now();
        AchievementRecord.flush();
        List<UUID> cycles = record.personId != null ? history.changed(List.of(record.personId), record.schoolYear)
                : record.collectiveGroup == null ? history.schoolChanged(record.collectiveUnit, record.schoolYear)
                : List.of();
        return new Revoked(AchievementFile.imported(record, null), cycles);
    }
}
