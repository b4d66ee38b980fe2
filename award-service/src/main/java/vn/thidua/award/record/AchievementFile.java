package vn.thidua.award.record;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.people.People;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.security.UnitTree;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Hồ sơ thi đua: the titles and forms a person or a collective holds, read where they are recorded rather than
 * copied — decisions taken in this system from {@code decision} and {@code nomination} (DECIDED, or REVOKED with
 * its reason), decisions taken before from {@code achievement_record} (IMPORTED). A person is found across
 * schools through People: every staff record with the same personId; a staff id People does not know yet stands
 * for a person of its own, so the file works before the staff copy has arrived.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AchievementFile {

    private final People people;
    private final UnitTree units;

    AchievementFile(People people, UnitTree units) {
        this.people = people;
        this.units = units;
    }

    /** The person behind a staff record: People's personId, else the staff id itself. */
    public UUID personOf(UUID staffId) {
        return people.personOf(staffId).orElse(staffId);
    }

    /** Every staff record of the person (across schools), the person id itself included for the fallback above. */
    public Set<UUID> staffIdsOf(UUID personId) {
        Set<UUID> ids = new LinkedHashSet<>(people.staffIdsOf(personId));
        ids.add(personId);
        return ids;
    }

    /** The person's file, oldest school year first. */
    public List<Achievement> ofPerson(UUID personId) {
        Set<UUID> staffIds = staffIdsOf(personId);
        List<Achievement> file = new ArrayList<>(decided(staffIds.stream()
                .map(id -> "STAFF:" + id).toList(), personId));
        Map<UUID, String> names = people.displayNames(staffIds);
        for (AchievementRecord r : AchievementRecord.ofPersons(List.of(personId))) {
            file.add(imported(r, r.staffId == null ? null : names.get(r.staffId)));
        }
        file.sort(ORDER);
        return file;
    }

    /** A collective's file: the school itself ({@code groupCode} null) or one of its professional groups. */
    public List<Achievement> ofCollective(String unitCode, String groupCode) {
        // The nominations' key of a collective (nomination.NominationRules.nomineeKey): group codes repeat across schools.
        String key = "COLLECTIVE:" + unitCode + "/" + (groupCode == null ? unitCode : groupCode);
        List<Achievement> file = new ArrayList<>(decided(List.of(key), null));
        String name = groupCode == null ? units.unit(unitCode).map(UnitTree.Node::name).orElse(unitCode) : groupCode;
        AchievementRecord.ofCollective(unitCode, groupCode).forEach(r -> file.add(imported(r, name)));
        file.sort(ORDER);
        return file;
    }

    /**
     * For eligibility: what each of these staff members' persons held (decided or imported, not revoked) in school
     * years before {@code schoolYear}, at any school. Reads the staff copy in one query rather than one People call per
     * staff member, since a cycle may hold thousands; "2023-2024" sorts as text.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<Achievement>> heldBefore(Collection<UUID> staffIds, String schoolYear) {
        Map<UUID, List<Achievement>> held = new HashMap<>();
        if (staffIds.isEmpty()) {
            return held;
        }
        var em = Panache.getEntityManager();
        Map<UUID, UUID> personOf = new HashMap<>();
        staffIds.forEach(id -> personOf.put(id, id));
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "select staff_id, person_id from staff_member where staff_id in (?1)")
                .setParameter(1, staffIds).getResultList()) {
            personOf.put((UUID) row[0], (UUID) row[1]);
        }
        Map<UUID, Set<UUID>> staffOfPerson = new HashMap<>();
        personOf.forEach((staff, person) -> {
            staffOfPerson.computeIfAbsent(person, p -> new LinkedHashSet<>()).add(staff);
            staffOfPerson.get(person).add(person);
        });
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "select staff_id, person_id from staff_member where person_id in (?1)")
                .setParameter(1, staffOfPerson.keySet()).getResultList()) {
            staffOfPerson.computeIfAbsent((UUID) row[1], p -> new LinkedHashSet<>()).add((UUID) row[0]);
        }
        Map<String, UUID> personOfKey = new HashMap<>();
        staffOfPerson.forEach((person, ids) -> ids.forEach(id -> personOfKey.put("STAFF:" + id, person)));
        Map<UUID, List<Achievement>> byPerson = new HashMap<>();
        for (Achievement a : decided(personOfKey.keySet(), null)) {
            UUID person = personOfKey.get("STAFF:" + a.staffId());
            if (a.held() && a.schoolYear().compareTo(schoolYear) < 0 && person != null) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(a);
            }
        }
        for (AchievementRecord r : AchievementRecord.<AchievementRecord>list(
                "personId in ?1 and schoolYear < ?2 and revoked = false", staffOfPerson.keySet(), schoolYear)) {
            byPerson.computeIfAbsent(r.personId, p -> new ArrayList<>()).add(imported(r, null));
        }
        personOf.forEach((staff, person) -> held.put(staff, byPerson.getOrDefault(person, List.of())));
        return held;
    }

    /** Units the person has belonged to as the staff copy, the file and the evaluations know them (access checks). */
    public Set<String> unitsOfPerson(UUID personId) {
        Set<String> unitCodes = new LinkedHashSet<>();
        for (UUID staffId : staffIdsOf(personId)) {
            people.staff(staffId).ifPresent(s -> unitCodes.add(s.unitCode));
        }
        ofPerson(personId).forEach(a -> unitCodes.add(a.unitCode()));
        // Before the staff copy knows a staff id, the schools that evaluated it are its schools.
        Panache.getEntityManager().createNativeQuery("select distinct unit_code from evaluation_result where staff_id in (?1)")
                .setParameter(1, staffIdsOf(personId)).getResultList().forEach(unit -> unitCodes.add((String) unit));
        return unitCodes;
    }

    private static final Comparator<Achievement> ORDER = Comparator.comparing(Achievement::schoolYear)
            .thenComparing(Achievement::decisionDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Achievement::decisionNumber);

    @SuppressWarnings("unchecked")
    private List<Achievement> decided(Collection<String> nomineeKeys, UUID personId) {
        if (nomineeKeys.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select n.id, n.nominee_type, n.nominee_id, n.nominee_name, n.unit_code, n.recipient, n.award_code,
                       n.award_kind, n.school_year, n.council_session_id, n.status, n.revoked_reason, n.revoked_by,
                       n.revoked_at, d.decision_number, d.decision_date, d.unit_code
                from nomination n join decision d on d.id = n.decision_id
                where n.nominee_key in (?1) and n.status in ('DECIDED', 'REVOKED')""")
                .setParameter(1, nomineeKeys).getResultList();
        List<Achievement> file = new ArrayList<>();
        for (Object[] row : rows) {
            boolean staff = "STAFF".equals(row[1]);
            String recipient = (String) row[5];
            String issuerCode = (String) row[16];
            Optional<UnitTree.Node> issuer = units.unit(issuerCode);
            Title award = Title.valueOf((String) row[6]);
            file.add(new Achievement(Achievement.Source.DECIDED, (UUID) row[0], staff ? personId : null,
                    staff ? UUID.fromString((String) row[2]) : null, (String) row[3], (String) row[4],
                    "GROUP".equals(recipient) ? (String) row[2] : null, award, award.label, (String) row[7],
                    (String) row[8], (String) row[14], day(row[15]),
                    issuer.map(UnitTree.Node::name).orElse(issuerCode), issuer.map(UnitTree.Node::level).orElse(null),
                    (UUID) row[0], (UUID) row[9], "REVOKED".equals(row[10]), (String) row[11], (String) row[12],
                    time(row[13]), null, null));
        }
        return file;
    }

    static Achievement imported(AchievementRecord r, String name) {
        return new Achievement(Achievement.Source.IMPORTED, r.id, r.personId, r.staffId, name, r.unitCode,
                r.collectiveGroup,
                r.awardCode, r.awardCode.label, r.awardKind, r.schoolYear, r.decisionNumber, r.decisionDate, r.issuer,
                r.issuerLevel, null, null, r.revoked, r.revokedReason, r.revokedBy, r.revokedAt, r.importedBy,
                r.importedAt);
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
