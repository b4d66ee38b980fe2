package vn.thidua.award.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Tờ trình: nominations above a school's authority, sent with their file to the unit above it. */
@Entity
@Table(name = "submission")
class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "from_unit_code", nullable = false)
    public String fromUnitCode;

    @Column(name = "to_unit_code", nullable = false)
    public String toUnitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(name = "document_number")
    public String documentNumber;

    public String signer;

    public String note;

    /** SUBMITTED, DECIDED or REJECTED, from the items ({@link NominationRules#submissionStatus}). */
    @Column(nullable = false)
    public String status;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    /** The rule set of the deciding unit on the day it received the submission (NĐ 152/2025 Điều 60 khoản 3). */
    @Column(name = "rule_set_version")
    public String ruleSetVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
