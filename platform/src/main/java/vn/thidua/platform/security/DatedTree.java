package vn.thidua.platform.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.text.ControlCharacters;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The unit tree on a date (issue 11): who was above a school when a record of it was made. {@link UnitTree} answers
 * for today; this reads the parent periods ({@code unit_period}) beside the current rows and walks them with
 * {@link ParentPeriods}, so an office that governed a school until 30/06/2025 is above it for the records of its
 * years and the commune that took it over is above it from 01/07/2025.
 */
@ApplicationScoped
public class DatedTree {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_]+");

    private final AgroalDataSource dataSource;
    private final String upSql;
    private final String downSql;
    private final String nodesSql;

    public DatedTree(AgroalDataSource dataSource, PlatformConfig config) {
        String table = config.units().table();
        String periods = config.units().periodsTable();
        if (!TABLE_NAME.matcher(table).matches() || !TABLE_NAME.matcher(periods).matches()) {
            throw new IllegalArgumentException("thidua.units.table and periods-table must be plain table names");
        }
        this.dataSource = dataSource;
        // Every period and every current row (seq -1): the units ever above (or below) the start, with their rows.
        // UNION (not UNION ALL) in the walk and the depth bound stop at a cycle should bad data ever form one.
        String source = """
                with recursive src(code, parent_code, valid_from, seq) as (
                    select code, parent_code, valid_from, seq from %2$s
                    union all
                    select code, parent_code, null::date, -1::bigint from %1$s)""".formatted(table, periods);
        this.upSql = source + """
                , walk(code, depth) as (
                    select code, 0 from %1$s where code = ?
                    union
                    select s.parent_code, walk.depth + 1 from walk join src s on s.code = walk.code
                    where s.parent_code is not null and walk.depth < 32)
                select s.code, s.parent_code, s.valid_from, s.seq from src s where s.code in (select code from walk)"""
                .formatted(table);
        this.downSql = source + """
                , walk(code, depth) as (
                    select code, 0 from %1$s where code = ?
                    union
                    select s.code, walk.depth + 1 from walk join src s on s.parent_code = walk.code
                    where walk.depth < 32)
                select s.code, s.parent_code, s.valid_from, s.seq from src s where s.code in (select code from walk)"""
                .formatted(table);
        this.nodesSql = "select code, name, level from %1$s where code = any(?)".formatted(table);
    }

    /** The unit and the units above it on {@code day}, nearest first; empty when the unit is unknown. */
    public List<String> pathOn(String code, LocalDate day) {
        return periods(upSql, code).pathOn(code, day);
    }

    /** Whether {@code ancestor} is {@code unit} itself or was above it on {@code day}. */
    public boolean containsOn(String ancestor, String unit, LocalDate day) {
        return ancestor.equals(unit) || pathOn(unit, day).contains(ancestor);
    }

    /** The unit and its ancestors on {@code day} with name and level, nearest first; the parents are the day's. */
    public List<UnitTree.Node> lineageOn(String code, LocalDate day) {
        ParentPeriods tree = periods(upSql, code);
        List<String> path = tree.pathOn(code, day);
        Map<String, String[]> rows = nodes(path);
        List<UnitTree.Node> lineage = new ArrayList<>();
        for (String unit : path) {
            String[] row = rows.get(unit);
            if (row != null) {
                lineage.add(new UnitTree.Node(unit, row[0], row[1], tree.parentOn(unit, day).orElse(null)));
            }
        }
        return lineage;
    }

    /** The unit and every unit below it on {@code day}; empty when the unit is unknown. */
    public Set<String> subtreeOn(String code, LocalDate day) {
        ParentPeriods tree = periods(downSql, code);
        Set<String> below = new LinkedHashSet<>();
        for (String unit : everBelow(tree, code)) {
            if (tree.contains(code, unit, day)) {
                below.add(unit);
            }
        }
        return below;
    }

    /** The unit and every unit that was below it at some time (a list's candidates before the dated check). */
    public Set<String> subtreeEver(String code) {
        return everBelow(periods(downSql, code), code);
    }

    private Set<String> everBelow(ParentPeriods tree, String code) {
        return tree.knows(code) ? tree.units() : Set.of();
    }

    private ParentPeriods periods(String sql, String code) {
        List<ParentPeriods.Period> periods = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        if (storable(code)) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, code);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(4);
                        if (seq < 0) {
                            current.put(rs.getString(1), rs.getString(2));
                        } else {
                            Date from = rs.getDate(3);
                            periods.add(new ParentPeriods.Period(rs.getString(1), rs.getString(2),
                                    from == null ? null : from.toLocalDate(), seq));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the unit periods", e);
            }
        }
        return new ParentPeriods(periods, current);
    }

    private Map<String, String[]> nodes(List<String> codes) {
        Map<String, String[]> rows = new HashMap<>();
        if (codes.isEmpty()) {
            return rows;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(nodesSql)) {
            select.setArray(1, connection.createArrayOf("text", codes.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the unit tree", e);
        }
        return rows;
    }

    private static boolean storable(String code) {
        return code != null && !ControlCharacters.contains(code);
    }
}
