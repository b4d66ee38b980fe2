package vn.thidua.award.rules;

import vn.thidua.platform.security.UnitTree;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who decides a title or form on a day, as plain functions of the dated authority table and the school's
 * place in the unit tree (tested without the application). The school never decides under Luật Thi đua,
 * khen thưởng 2022 (from 01/01/2024): it holds the council, proposes and submits; SUPERIOR is the school's
 * direct superior in the unit tree — the district office before the 2025 reorganisation, the commune for
 * primary and lower-secondary schools after it, the Sở GD&ĐT (DEPARTMENT) for upper-secondary schools. The tree
 * read is today's (the copy holds no dated parents), so a school is routed by where it stands now and by the
 * row of the day; its moves are in plan-service's unit history.
 */
public final class AuthorityRules {

    /** A row of the table: for {@code title} and {@code recipient} from {@code validFrom} to {@code validTo}. */
    public record Row(Title title, String recipient, LocalDate validFrom, LocalDate validTo, String decidedAt,
            String decider, String source, boolean verified) {

        boolean covers(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * Where a nomination goes: the level of the deciding unit (SCHOOL, OFFICE, COMMUNE, DEPARTMENT, PROVINCE,
     * NATIONAL) and the unit (null when the tree has none, e.g. the Government), the office holder, and the row.
     */
    public record Routing(String level, String unitCode, String decider, LocalDate day, Row row) {

        public boolean schoolDecides() {
            return "SCHOOL".equals(level);
        }
    }

    private AuthorityRules() {
    }

    public static Optional<Row> row(Collection<Row> rows, Title title, String recipient, LocalDate day) {
        return rows.stream().filter(r -> r.title() == title && r.recipient().equals(recipient) && r.covers(day))
                .findFirst();
    }

    /** The routing of {@code row} for a school whose lineage (itself first, then upwards) is {@code lineage}. */
    public static Routing route(Row row, List<UnitTree.Node> lineage, LocalDate day) {
        String school = lineage.isEmpty() ? null : lineage.get(0).code();
        List<UnitTree.Node> above = lineage.isEmpty() ? List.of() : lineage.subList(1, lineage.size());
        Optional<UnitTree.Node> unit = switch (row.decidedAt()) {
            case "SCHOOL" -> lineage.stream().findFirst();
            case "SUPERIOR" -> above.stream().filter(u -> !"SCHOOL".equals(u.level())).findFirst();
            case "PROVINCE" -> above.stream().filter(u -> "PROVINCE".equals(u.level())).findFirst();
            default -> Optional.empty();
        };
        String holder = unit.map(u -> holder(u.level(), row.decider())).orElse(row.decider());
        String level = switch (row.decidedAt()) {
            case "SCHOOL" -> "SCHOOL";
            case "SUPERIOR" -> unit.map(UnitTree.Node::level).orElse("OFFICE");
            default -> row.decidedAt();
        };
        return new Routing(level, unit.map(UnitTree.Node::code).orElse("SCHOOL".equals(level) ? school : null), holder,
                day, row);
    }

    /** The office holder of a deciding unit, by its level. */
    static String holder(String level, String fallback) {
        return switch (level) {
            case "OFFICE" -> "Chủ tịch UBND cấp huyện (Phòng GD&ĐT tham mưu)";
            case "COMMUNE" -> "Chủ tịch UBND cấp xã";
            case "DEPARTMENT" -> "Giám đốc Sở Giáo dục và Đào tạo";
            case "PROVINCE" -> "Chủ tịch UBND tỉnh";
            default -> fallback;
        };
    }
}
