package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.onedoor.platform.tenancy.control.CenterTree;

/**
 * Where a center sits in the tree: its path from the top ({@code [420000, 420100, 420102]}), read
 * from the registry. A center never moves once opened, so paths are kept once read; the tree is
 * shared data, not a tenant's.
 */
@ApplicationScoped
public class CenterPaths {

    @Inject
    CenterTree tree;

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
        return List.copyOf(tree.pathCodes(code));
    }
}
