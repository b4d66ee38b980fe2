package vn.thidua.award.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.award.rules.Title;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A decision taken before the system, imported from the unit's records (marked with who imported it and when): of
 * a person ({@code personId}) or of a collective ({@code collectiveUnit}, and {@code collectiveGroup} for one of
 * its professional groups), never both.
 */
@Entity
@Table(name = "achievement_record")
class AchievementRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "collective_unit")
    public String collectiveUnit;

    @Column(name = "collective_group")
    public String collectiveGroup;

    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_code", nullable = false)
    public Title awardCode;

    @Column(name = "award_kind", nullable = false)
    public String awardKind;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "issuer_level")
    public String issuerLevel;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;

    @Column(name = "import_unit_code", nullable = false)
    public String importUnitCode;

    @Column(name = "source_line", nullable = false)
    public int sourceLine;

    @Column(nullable = false)
    public boolean revoked;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    static List<AchievementRecord> ofPersons(Collection<UUID> personIds) {
        return personIds.isEmpty() ? List.of()
                : list("personId in ?1 order by schoolYear, decisionDate, decisionNumber", personIds);
    }

    /** The records of a collective: the unit itself ({@code groupCode} null) or one of its groups. */
    static List<AchievementRecord> ofCollective(String unitCode, String groupCode) {
        return groupCode == null
                ? list("collectiveUnit = ?1 and collectiveGroup is null order by schoolYear, decisionDate", unitCode)
                : list("collectiveUnit = ?1 and collectiveGroup = ?2 order by schoolYear, decisionDate", unitCode,
                        groupCode);
    }

    static AchievementRecord findCollective(String unitCode, String groupCode, Title award, String schoolYear,
            String decisionNumber) {
        return ofCollective(unitCode, groupCode).stream().filter(r -> r.awardCode == award
                && r.schoolYear.equals(schoolYear) && r.decisionNumber.equals(decisionNumber)).findFirst().orElse(null);
    }

    static AchievementRecord find(UUID personId, Title award, String schoolYear, String decisionNumber) {
        return find("personId = ?1 and awardCode = ?2 and schoolYear = ?3 and decisionNumber = ?4", personId, award,
                schoolYear, decisionNumber).firstResult();
    }
}
