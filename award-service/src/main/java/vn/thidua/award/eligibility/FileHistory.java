package vn.thidua.award.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.award.record.Achievement;
import vn.thidua.award.record.AchievementFile;
import vn.thidua.platform.time.SchoolYear;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The histories of a cycle's staff from their achievement files (issue 12, item 4): decided and not revoked titles
 * and forms of earlier school years, imported or decided in the system, across the schools of each person —
 * no longer the stored eligibility of earlier cycles, which was never a title.
 */
@ApplicationScoped
class FileHistory {

    private final AchievementFile file;

    FileHistory(AchievementFile file) {
        this.file = file;
    }

    Map<UUID, History> of(Collection<UUID> staffIds, String schoolYear) {
        Map<UUID, History> histories = new HashMap<>();
        file.heldBefore(staffIds, schoolYear).forEach((staffId, held) -> {
            if (!held.isEmpty()) {
                histories.put(staffId, History.ofFile(held.stream().map(FileHistory::held).toList()));
            }
        });
        return histories;
    }

    /** The school's own file (the school as a collective): its titles of school years before {@code schoolYear}. */
    History ofSchool(String unitCode, String schoolYear) {
        return History.ofFile(file.ofCollective(unitCode, null).stream()
                .filter(a -> a.held() && a.schoolYear().compareTo(schoolYear) < 0).map(FileHistory::held).toList());
    }

    private static History.Held held(Achievement a) {
        return new History.Held(SchoolYear.parse(a.schoolYear()), a.awardCode(), a.citation());
    }
}
