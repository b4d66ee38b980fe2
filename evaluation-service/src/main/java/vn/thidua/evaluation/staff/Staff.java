package vn.thidua.evaluation.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.platform.text.VietnameseNames;
import vn.thidua.platform.time.SchoolYear;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cán bộ, giáo viên, nhân viên: one person's record in one school. */
@Entity
@Table(name = "staff")
public class Staff extends PanacheEntityBase {

    /** Vietnamese order by given name, then a stable order for namesakes; a new one per sort (it keeps keys). */
    public static Comparator<Staff> order() {
        return Comparator.<Staff, String>comparing(s -> s.fullName, VietnameseNames.byGivenName())
                .thenComparing(s -> s.unitCode).thenComparing(s -> s.code);
    }

    @Id
    public UUID id;

    /** The person behind the record: the same at every school they work in (a move keeps it). */
    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /**
     * The national id number (số định danh cá nhân) or civil-servant personal code, when given; one per
     * person, the same on all their records (kept in {@code person_code}, see V12).
     */
    @Column(name = "person_code")
    public String personCode;

    /** The record at the previous school, when this one was made by a move. */
    @Column(name = "moved_from")
    public UUID movedFrom;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    /** The school's own staff code; unique within the school. */
    @Column(nullable = false)
    public String code;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Position position;

    @Column(name = "group_code")
    public String groupCode;

    @Column(name = "group_name")
    public String groupName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Employment employment;

    @Column(name = "hire_date")
    public LocalDate hireDate;

    @Column(name = "active_from", nullable = false)
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    /** The JWT upn of this person: how a staff or group-lead token finds its own record. */
    @Column(name = "user_name")
    public String userName;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic concurrency: exposed as the ETag. */
    @Version
    public long revision;

    public static List<Staff> ofUnit(String unitCode) {
        return list("unitCode", unitCode);
    }

    public static Optional<Staff> ofCode(String unitCode, String code) {
        return find("unitCode = ?1 and code = ?2", unitCode, code).firstResultOptional();
    }

    public static List<Staff> ofPerson(UUID personId) {
        return list("personId = ?1 order by activeFrom, createdAt", personId);
    }

    public static Optional<Staff> ofUser(String unitCode, String userName) {
        return find("unitCode = ?1 and userName = ?2", unitCode, userName).firstResultOptional();
    }

    StaffData data() {
        return new StaffData(code, fullName, gender, birthDate, position, groupCode, groupName, employment, hireDate,
                activeFrom, activeTo, userName, personCode);
    }

    /** Takes every value of {@code data}; returns whether anything changed. */
    boolean set(StaffData data, OffsetDateTime now) {
        if (data.equals(data())) {
            return false;
        }
        code = data.code();
        fullName = data.fullName();
        gender = data.gender();
        birthDate = data.birthDate();
        position = data.position();
        groupCode = data.groupCode();
        groupName = data.groupName();
        employment = data.employment();
        hireDate = data.hireDate();
        activeFrom = data.activeFrom();
        activeTo = data.activeTo();
        userName = data.userName();
        personCode = data.personCode();
        updatedAt = now;
        return true;
    }

    /** Whether the record covers any day of the school year. */
    public boolean worksDuring(SchoolYear year) {
        return !activeFrom.isAfter(year.end()) && (activeTo == null || !activeTo.isBefore(year.start()));
    }

    /** Whether the person works in the school on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !activeFrom.isAfter(day) && (activeTo == null || !activeTo.isBefore(day));
    }
}
