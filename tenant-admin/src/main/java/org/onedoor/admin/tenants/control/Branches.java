package org.onedoor.admin.tenants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.onedoor.admin.tenants.entity.AdministeredTree;
import org.onedoor.admin.tenants.entity.Branch;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * Reads the tree of centers as the administration page shows it: a level at a time, each center
 * with the number of centers directly beneath it, counted in the same query (a district with 300
 * streets and communities costs one query per opened level, not one per line); and searches by
 * name or code inside the part of the tree a caller administers, nowhere else.
 */
@ApplicationScoped
public class Branches {

    private static final String WITH_CHILDREN =
            "select t, (select count(c) from Tenant c where c.parentCode = t.code) from Tenant t";

    /** Search rows: the centers of the scope whose code or name matches. */
    private static final String MATCHING = " from scope s join platform.tenant t on t.code = s.code"
            + " where t.code like ? escape '\\' or t.name like ? escape '\\'";

    /** The longest text searched for: longer is no name of a center. */
    public static final int SEARCH_LENGTH = 100;

    /** Province, city, district, street, community: no path is longer; a cycle cannot loop forever. */
    private static final int DEEPEST = 8;

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    /** The text to search for, without surrounding blanks: required, at most {@value #SEARCH_LENGTH} characters. */
    public static String searchText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("q", "tenant.q.required");
        }
        String wanted = text.strip();
        if (wanted.length() > SEARCH_LENGTH) {
            throw new InvalidInputException("q", "tenant.q.too-long", SEARCH_LENGTH);
        }
        return wanted;
    }

    /** The centers named by {@code codes} that exist, by code. */
    public List<Branch> of(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return branches(em.createQuery(WITH_CHILDREN + " where t.code in :codes order by t.code", Object[].class)
                .setParameter("codes", codes)
                .getResultList());
    }

    public Optional<Branch> find(String code) {
        return code == null ? Optional.empty() : of(List.of(code)).stream().findFirst();
    }

    /** The roots of the caller's tree. */
    public List<Branch> roots(AdministeredTree tree) {
        return of(tree.roots());
    }

    /** A page of the centers directly beneath {@code parentCode}, by code. */
    public Page<Branch> children(String parentCode, PageRequest request) {
        List<Branch> items =
                branches(em.createQuery(WITH_CHILDREN + " where t.parentCode = :parent order by t.code", Object[].class)
                        .setParameter("parent", parentCode)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList());
        long total = request.offset() == 0 && items.size() < request.size()
                ? items.size()
                : em.createQuery("select count(t) from Tenant t where t.parentCode = :parent", Long.class)
                        .setParameter("parent", parentCode)
                        .getSingleResult();
        return Page.of(items, request, total);
    }

    /**
     * A page of the centers in {@code tree} whose code or name contains {@code text}, by code, each
     * with the centers above it inside the tree (never one outside it).
     */
    public Page<Branch> search(AdministeredTree tree, String text, PageRequest request) {
        String wanted = searchText(text);
        if (tree.isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        String pattern = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Query count = em.createNativeQuery(scope(tree) + "select count(*)" + MATCHING);
        Query rows = em.createNativeQuery(scope(tree)
                + "select t.code, s.path, (select count(*) from platform.tenant c where c.parent_code = t.code)"
                + MATCHING + " order by t.code limit ? offset ?");
        for (Query query : List.of(count, rows)) {
            int at = bind(query, 1, tree.roots().toArray());
            bind(query, at, pattern, pattern);
        }
        bind(rows, tree.roots().size() + 3, request.size(), request.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        return Page.of(withPaths(found), request, ((Number) count.getSingleResult()).longValue());
    }

    /** The codes of the tree's centers with their paths from the tree's root ({@code root/…/code}). */
    private static String scope(AdministeredTree tree) {
        String roots = tree.roots().stream().map(root -> "?").collect(Collectors.joining(", "));
        return "with recursive scope (code, path, depth) as ("
                + " select code, cast(code as text), 0 from platform.tenant where code in (" + roots + ")"
                + " union all select t.code, s.path || '/' || t.code, s.depth + 1"
                + " from platform.tenant t join scope s on t.parent_code = s.code where s.depth < " + DEEPEST
                + ") ";
    }

    private static int bind(Query query, int from, Object... values) {
        IntStream.range(0, values.length).forEach(at -> query.setParameter(from + at, values[at]));
        return from + values.length;
    }

    /** Search rows (code, path, children) as branches, with the centers on their paths read in one query. */
    private List<Branch> withPaths(List<Object[]> rows) {
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(row -> codes.addAll(Arrays.asList(((String) row[1]).split("/"))));
        Map<String, Tenant> centers = codes.isEmpty()
                ? Map.of()
                : em.createQuery("select t from Tenant t where t.code in :codes", Tenant.class)
                        .setParameter("codes", codes)
                        .getResultStream()
                        .collect(Collectors.toMap(center -> center.code().value(), Function.identity()));
        List<Branch> branches = new ArrayList<>();
        for (Object[] row : rows) {
            List<String> path = List.of(((String) row[1]).split("/"));
            List<Tenant> above = path.subList(0, path.size() - 1).stream()
                    .map(centers::get)
                    .filter(Objects::nonNull)
                    .toList();
            branches.add(new Branch(centers.get((String) row[0]), ((Number) row[2]).longValue(), above));
        }
        return branches;
    }

    private static List<Branch> branches(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new Branch((Tenant) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
