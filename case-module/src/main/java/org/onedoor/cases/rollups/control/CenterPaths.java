package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a center sits in the tree: its path from the top ({@code [420000, 420100, 420102]}), read
 * from the registry. A center never moves once opened, so paths are kept once read; the tree is
 * shared data, not a tenant's.
 */
@ApplicationScoped
public class CenterPaths {

    private static final int DEEPEST = 6;

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    /** The path of a center that is known to exist (one with case files). */
    public List<String> pathOf(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("center " + code + " is not in the registry"));
    }

    public Optional<List<String>> find(String code) {
        List<String> path = known.get(code);
        if (path == null) {
            path = read(code);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            known.put(code, path);
        }
        return Optional.of(path);
    }

    private List<String> read(String code) {
        @SuppressWarnings("unchecked")
        List<String> upwards = em.createNativeQuery("with recursive up (code, parent_code, depth) as ("
                        + " select code, parent_code, 0 from platform.tenant where code = ?1"
                        + " union all select t.code, t.parent_code, up.depth + 1 from platform.tenant t"
                        + " join up on t.code = up.parent_code where up.depth < " + DEEPEST + ")"
                        + " select code from up order by depth desc")
                .setParameter(1, code)
                .getResultList();
        return List.copyOf(upwards);
    }
}
