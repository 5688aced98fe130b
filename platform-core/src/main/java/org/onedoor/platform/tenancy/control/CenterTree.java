package org.onedoor.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onedoor.platform.tenancy.entity.Center;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/**
 * The one place that walks the tree of centers in the registry (issue #14.3): the path from the
 * top down to a center, its ancestors, its parent, its subtree. Every module asks here instead of
 * writing its own recursive query; reads join the caller's transaction through the module's data
 * source.
 */
@ApplicationScoped
public class CenterTree {

    /** Province, city, district, street, community: no path is longer; a cycle cannot loop forever. */
    private static final int DEEPEST = 8;

    private static final String COLUMNS = "code, parent_code, name, status, schema_name";

    /** A center with the code of the center above it (none for a top-level center). */
    public record Node(Center center, String parentCode) {

        public String code() {
            return center.code().value();
        }
    }

    /** The centers from the top of the tree down to {@code code} itself; empty for an unknown code. */
    public List<Node> path(String code) {
        return query(
                "with recursive up (" + COLUMNS + ", depth) as ("
                        + " select " + COLUMNS + ", 0 from platform.tenant where code = ?"
                        + " union all select t.code, t.parent_code, t.name, t.status, t.schema_name, up.depth + 1"
                        + " from platform.tenant t join up on t.code = up.parent_code where up.depth < " + DEEPEST
                        + ") select " + COLUMNS + " from up order by depth desc",
                code);
    }

    /** The codes of {@link #path}. */
    public List<String> pathCodes(String code) {
        return path(code).stream().map(Node::code).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The centers above {@code code}, from the top down. */
    public List<Node> ancestors(String code) {
        List<Node> path = path(code);
        return path.isEmpty() ? List.of() : path.subList(0, path.size() - 1);
    }

    /** The center directly above {@code code}. */
    public Optional<Node> parent(String code) {
        List<Node> ancestors = ancestors(code);
        return ancestors.isEmpty() ? Optional.empty() : Optional.of(ancestors.get(ancestors.size() - 1));
    }

    /** {@code code} and every center beneath it, by code. */
    public List<Node> subtree(String code) {
        return subtree(code, List.of(TenantLevel.values()));
    }

    /** {@code code} and the centers beneath it at {@code levels}, reached through those levels only. */
    public List<Node> subtree(String code, Collection<TenantLevel> levels) {
        String allowed = levels.stream().map(level -> "'" + level.name() + "'").collect(Collectors.joining(", "));
        return query(
                "with recursive sub (" + COLUMNS + ") as ("
                        + " select " + COLUMNS + " from platform.tenant where code = ?"
                        + " union all select t.code, t.parent_code, t.name, t.status, t.schema_name"
                        + " from platform.tenant t join sub on t.parent_code = sub.code where t.level in (" + allowed
                        + ")) select " + COLUMNS + " from sub order by code",
                code);
    }

    private static List<Node> query(String sql, String code) {
        if (DivisionCode.parse(code).isEmpty()) {
            return List.of();
        }
        try (Connection connection = ModuleDataSource.get().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, code);
            List<Node> nodes = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    nodes.add(new Node(
                            new Center(
                                    new DivisionCode(row.getString("code")),
                                    row.getString("name"),
                                    TenantStatus.valueOf(row.getString("status")),
                                    row.getString("schema_name")),
                            row.getString("parent_code")));
                }
            }
            return nodes;
        } catch (SQLException e) {
            throw new IllegalStateException("the tree of centers cannot be read", e);
        }
    }
}
