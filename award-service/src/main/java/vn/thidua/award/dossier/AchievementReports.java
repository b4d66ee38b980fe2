package vn.thidua.award.dossier;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.award.eligibility.CollectiveEligibility;
import vn.thidua.award.eligibility.StaffEligibility;
import vn.thidua.award.people.People;
import vn.thidua.award.people.StaffMember;
import vn.thidua.award.record.Achievement;
import vn.thidua.award.record.AchievementFile;
import vn.thidua.award.rules.Title;
import vn.thidua.platform.security.UnitTree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The content of an achievement report, prefilled from what the system holds: the person or collective (staff copy,
 * unit tree), the year's rating and eligibility (eligibility results), the initiatives of the year's evaluation, the
 * titles and forms proposed that year (nominations not rejected) and the achievement file with decision numbers.
 * Access is the achievement file's: the caller checks it before asking here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AchievementReports {

    private final AchievementFile file;
    private final People people;
    private final UnitTree tree;

    AchievementReports(AchievementFile file, People people, UnitTree tree) {
        this.file = file;
        this.people = people;
        this.tree = tree;
    }

    AchievementReport.Content person(UUID personId, String schoolYear) {
        Set<UUID> staffIds = file.staffIdsOf(personId);
        List<StaffEligibility> year = StaffEligibility.<StaffEligibility>list("key.staffId in ?1 and schoolYear = ?2 "
                + "order by computedAt desc", staffIds, schoolYear);
        // The school of that year: where the person was evaluated, else their current record's.
        List<StaffMember> records = staffIds.stream().map(people::staff).flatMap(Optional::stream)
                .sorted(Comparator.comparing((StaffMember s) -> !s.active).thenComparing(s -> s.updatedAt,
                        Comparator.reverseOrder())).toList();
        String unitCode = !year.isEmpty() ? year.get(0).unitCode
                : records.stream().findFirst().map(s -> s.unitCode).orElse(null);
        Optional<StaffMember> record = records.stream().filter(s -> s.unitCode.equals(unitCode)).findFirst()
                .or(() -> records.stream().findFirst());
        String name = record.map(s -> s.fullName).orElse("Người mã " + personId);
        String unitName = unitCode == null ? null : unitName(unitCode);
        List<AchievementReport.Line> profile = List.of(
                new AchievementReport.Line("Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt)", name),
                new AchievementReport.Line("Sinh ngày, tháng, năm", null),
                new AchievementReport.Line("Giới tính", null),
                new AchievementReport.Line("Quê quán", null),
                new AchievementReport.Line("Trú quán", null),
                new AchievementReport.Line("Đơn vị công tác", unitName),
                new AchievementReport.Line("Tổ chuyên môn", record.map(s -> s.groupCode).orElse(null)),
                new AchievementReport.Line("Chức vụ (Đảng, chính quyền, đoàn thể)", null),
                new AchievementReport.Line("Trình độ chuyên môn, nghiệp vụ", null),
                new AchievementReport.Line("Học hàm, học vị, danh hiệu, giải thưởng", null));
        List<String> results = new ArrayList<>();
        if (!year.isEmpty()) {
            StaffEligibility result = year.get(0);
            results.add("Xếp loại đánh giá: " + (result.rating == null ? "không xếp loại" : result.rating.label)
                    + (result.effectiveRating != null && result.effectiveRating != result.rating
                            ? " (tính cho danh hiệu: " + result.effectiveRating.label + ")" : ""));
            results.add("Đủ điều kiện: " + (result.eligible.isEmpty() ? "chưa đủ điều kiện danh hiệu nào"
                    : String.join(", ", result.eligible.stream().map(t -> t.label).toList()))
                    + " (theo bộ quy tắc " + result.ruleSetVersion + ")");
        }
        List<String> keys = staffIds.stream().map(id -> "STAFF:" + id).toList();
        return new AchievementReport.Content(true, parentName(unitCode), unitName == null ? "…" : unitName, name,
                schoolYear, profile, results, initiatives(staffIds, schoolYear), proposed(keys, schoolYear),
                file.ofPerson(personId), "NGƯỜI BÁO CÁO THÀNH TÍCH");
    }

    AchievementReport.Content collective(String unitCode, String groupCode, String schoolYear) {
        String code = groupCode == null ? unitCode : groupCode;
        List<CollectiveEligibility> year = CollectiveEligibility.<CollectiveEligibility>list(
                "unitCode = ?1 and schoolYear = ?2 and key.code = ?3 order by computedAt desc", unitCode, schoolYear,
                code);
        String unitName = unitName(unitCode);
        String name = groupCode == null ? unitName : "Tổ " + groupCode + " – " + unitName;
        List<AchievementReport.Line> profile = new ArrayList<>();
        profile.add(new AchievementReport.Line("Tên tập thể", name));
        profile.add(new AchievementReport.Line("Địa chỉ, điện thoại", null));
        profile.add(new AchievementReport.Line("Năm thành lập", null));
        profile.add(new AchievementReport.Line("Số thành viên được đánh giá năm học " + schoolYear,
                year.isEmpty() ? null : String.valueOf(year.get(0).members)));
        List<String> results = new ArrayList<>();
        if (!year.isEmpty()) {
            CollectiveEligibility result = year.get(0);
            results.add("Đủ điều kiện: " + (result.eligible.isEmpty() ? "chưa đủ điều kiện danh hiệu nào"
                    : String.join(", ", result.eligible.stream().map(t -> t.label).toList()))
                    + " (theo bộ quy tắc " + result.ruleSetVersion + ")");
            result.explanation.stream().flatMap(t -> t.conditions().stream()).filter(c -> c.actual() != null)
                    .map(c -> c.code() + ": " + c.actual()).distinct().limit(8).forEach(results::add);
        }
        String key = "COLLECTIVE:" + unitCode + "/" + code;
        return new AchievementReport.Content(false, groupCode == null ? parentName(unitCode) : unitName, unitName, name,
                schoolYear, profile, results, List.of(), proposed(List.of(key), schoolYear),
                file.ofCollective(unitCode, groupCode), groupCode == null ? "THỦ TRƯỞNG ĐƠN VỊ" : "TỔ TRƯỞNG");
    }

    /** The initiatives of the year's finalized evaluations: title and level, as evaluation-service sent them. */
    @SuppressWarnings("unchecked")
    private List<String> initiatives(Set<UUID> staffIds, String schoolYear) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select i->>'title', i->>'level',
                       -- Stored as the consumer wrote it: an ISO text or [year, month, day].
                       case when jsonb_typeof(i->'recognisedOn') = 'array'
                            then make_date((i->'recognisedOn'->>0)::int, (i->'recognisedOn'->>1)::int,
                                           (i->'recognisedOn'->>2)::int)::text
                            else i->>'recognisedOn' end
                from evaluation_result e,
                       jsonb_array_elements(coalesce(e.facts->'initiatives', '[]'::jsonb)) i
                where e.staff_id in (?1) and e.school_year = ?2 and e.status = 'FINALIZED'""")
                .setParameter(1, staffIds).setParameter(2, schoolYear).getResultList();
        Set<String> lines = new LinkedHashSet<>();
        for (Object[] row : rows) {
            lines.add("\"" + row[0] + "\" — công nhận " + level((String) row[1]) + day((String) row[2]));
        }
        return List.copyOf(lines);
    }

    /** The titles and forms proposed that year for these nominee keys, not rejected, in Vietnamese. */
    @SuppressWarnings("unchecked")
    private List<String> proposed(List<String> nomineeKeys, String schoolYear) {
        List<String> codes = Panache.getEntityManager().createNativeQuery("""
                select distinct award_code from nomination where nominee_key in (?1) and school_year = ?2
                  and status <> 'REJECTED' order by award_code""")
                .setParameter(1, nomineeKeys).setParameter(2, schoolYear).getResultList();
        return codes.stream().map(code -> Title.valueOf(code).label).toList();
    }

    private static String day(String iso) {
        try {
            return iso == null ? "" : " ngày " + PostingProblems.day(java.time.LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return "";
        }
    }

    private static String level(String level) {
        try {
            return vn.thidua.award.eligibility.InitiativeLevel.valueOf(level).label;
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(level);
        }
    }

    private String unitName(String code) {
        return tree.unit(code).map(UnitTree.Node::name).orElse(code);
    }

    private String parentName(String code) {
        return code == null ? null : tree.unit(code).map(UnitTree.Node::parentCode).flatMap(tree::unit)
                .map(UnitTree.Node::name).orElse(null);
    }
}
