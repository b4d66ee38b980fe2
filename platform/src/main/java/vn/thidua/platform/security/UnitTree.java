package vn.thidua.platform.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.thidua.platform.PlatformConfig;
import vn.thidua.platform.text.ControlCharacters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the unit tree (province → office → school) from this service's table: plan-service's own
 * {@code unit} table, the other services' {@code unit_copy}. The tree is data: a reorganisation is
 * an edit of parent codes, never a code change.
 */
@ApplicationScoped
public class UnitTree {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_]+");

    /**
     * One unit as the tree holds it; {@code level} is PROVINCE, DEPARTMENT (the Sở GD&ĐT, over upper-secondary
     * schools), OFFICE (a district office, until 30/06/2025), COMMUNE (over primary and lower-secondary schools
     * from 01/07/2025) or SCHOOL.
     */
    public record Node(String code, String name, String level, String parentCode) {
    }

    private final AgroalDataSource dataSource;
    private final String ancestorsSql;
    private final String subtreeSql;
    private final String lineageSql;
    private final String namesSql;

    public UnitTree(AgroalDataSource dataSource, PlatformConfig config) {
        String table = config.units().table();
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("thidua.units.table must be a plain table name: " + table);
        }
        this.dataSource = dataSource;
        // UNION (not UNION ALL) stops at a cycle should bad data ever form one.
        this.ancestorsSql = """
                with recursive up(code, parent_code, depth) as (
                    select code, parent_code, 0 from %1$s where code = ?
                    union
                    select u.code, u.parent_code, up.depth + 1 from %1$s u join up on u.code = up.parent_code
                    where up.depth < 32)
                select code from up order by depth""".formatted(table);
        this.subtreeSql = """
                with recursive down(code, depth) as (
                    select code, 0 from %1$s where code = ?
                    union
                    select u.code, down.depth + 1 from %1$s u join down on u.parent_code = down.code
                    where down.depth < 32)
                select code from down order by depth, code""".formatted(table);
        this.lineageSql = """
                with recursive up(code, name, level, parent_code, depth) as (
                    select code, name, level, parent_code, 0 from %1$s where code = ?
                    union
                    select u.code, u.name, u.level, u.parent_code, up.depth + 1
                    from %1$s u join up on u.code = up.parent_code
                    where up.depth < 32)
                select code, name, level, parent_code from up order by depth""".formatted(table);
        this.namesSql = "select code, name from %1$s where code = any(?)".formatted(table);
    }

    /** The unit and its ancestors with name and level, nearest first; empty when the unit is unknown. */
    public List<Node> lineage(String code) {
        List<Node> nodes = new ArrayList<>();
        if (!storable(code)) {
            return nodes;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(lineageSql)) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    nodes.add(new Node(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the unit tree", e);
        }
        return nodes;
    }

    /** The unit itself, when the tree knows it. */
    public Optional<Node> unit(String code) {
        return lineage(code).stream().findFirst();
    }

    /** Names of the known units among {@code codes}; unknown codes are left out. */
    public Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> storable = codes.stream().filter(UnitTree::storable).toList();
        if (storable.isEmpty()) {
            return names;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(namesSql)) {
            select.setArray(1, connection.createArrayOf("text", storable.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the unit tree", e);
        }
        return names;
    }

    /** The unit and its ancestors, nearest first; empty when the unit is unknown. */
    public List<String> pathToRoot(String code) {
        return new ArrayList<>(query(ancestorsSql, code));
    }

    /** The unit and every unit below it; empty when the unit is unknown. */
    public Set<String> subtree(String code) {
        return query(subtreeSql, code);
    }

    /** Whether {@code ancestor} is {@code unit} itself or above it in the tree. */
    public boolean contains(String ancestor, String unit) {
        return ancestor.equals(unit) || pathToRoot(unit).contains(ancestor);
    }

    private Set<String> query(String sql, String code) {
        Set<String> codes = new LinkedHashSet<>();
        if (!storable(code)) {
            return codes;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the unit tree", e);
        }
        return codes;
    }

    /** A code PostgreSQL could not even compare (NUL, other control characters) names no unit. */
    private static boolean storable(String code) {
        return code != null && !ControlCharacters.contains(code);
    }
}
