package vn.thidua.plan.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.thidua.plan.document.ImportWarning;
import vn.thidua.plan.document.PlanDocument;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An emulation plan (kế hoạch thi đua) of one unit: the current document — the draft, or the latest
 * published version — and what the system needs beside it. Published versions are {@link PlanVersion}s.
 */
@Entity
@Table(name = "plan")
class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    public Integer year;

    /** Copied from the document for search and lists. */
    @Column(nullable = false)
    public String title;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** The current version number: 1 until the first amendment. */
    @Column(nullable = false)
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public PlanDocument document;

    /** The office plan this plan is made from (căn cứ), when it is in the system. */
    @Column(name = "based_on_plan_id")
    public UUID basedOnPlanId;

    /** For an office plan: the date by which the schools below should publish theirs. */
    @Column(name = "publication_deadline")
    public LocalDate publicationDeadline;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** What the importer noticed, kept so the author can work through it before publishing. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "import_warnings", columnDefinition = "jsonb")
    public List<ImportWarning> importWarnings;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** First publication. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic concurrency: exposed as the ETag. */
    @Version
    public long revision;

    /** Every text of the document, lower-cased, for search. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    /** Copies what lists and search need out of the document. */
    void setDocument(PlanDocument document) {
        this.document = document;
        this.searchText = PlanTexts.searchable(document);
        this.title = document.title() == null || document.title().isBlank() ? "(chưa có tiêu đề)" : document.title();
        this.year = document.year();
        this.documentNumber = document.documentNumber();
        this.documentDate = document.documentDate();
    }

    boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /** The school years plans are filed under, for lists scoped year by year (a few dozen at most). */
    static List<String> schoolYears() {
        return getEntityManager().createQuery("select distinct p.schoolYear from Plan p", String.class).getResultList();
    }

    static List<Plan> basedOn(UUID officePlanId) {
        return list("basedOnPlanId = ?1 and status <> ?2", officePlanId, PlanStatus.WITHDRAWN);
    }

    /**
     * The published plan (in force or closed, not withdrawn) holding a unit's school year, other than
     * {@code except}: a unit has one plan, and so one evaluation cycle, per school year.
     */
    static Optional<Plan> holding(String unitCode, String schoolYear, UUID except) {
        return find("unitCode = ?1 and schoolYear = ?2 and status in ?3 and id <> ?4 order by publishedAt", unitCode,
                schoolYear, List.of(PlanStatus.PUBLISHED, PlanStatus.MIDTERM_REVIEW, PlanStatus.CLOSED), except)
                .firstResultOptional();
    }

    /** A plan in the system whose document number is {@code number} (for linking a basis). */
    static Optional<Plan> byDocumentNumber(String number) {
        return find("documentNumber = ?1 and status <> ?2 order by createdAt desc", number, PlanStatus.DRAFT)
                .firstResultOptional();
    }
}
