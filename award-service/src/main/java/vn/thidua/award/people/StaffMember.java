package vn.thidua.award.people;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One school's staff record as award-service knows it (the copy of evaluation-service's staff). The same
 * person at two schools is two records with one {@code personId}.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /** The national id number or civil-servant personal code, when the school gave one. */
    @Column(name = "person_code")
    public String personCode;

    /** The school's own staff code. */
    @Column(nullable = false)
    public String code;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "group_code")
    public String groupCode;

    /** False once the record has ended (the person left or moved to another school). */
    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
