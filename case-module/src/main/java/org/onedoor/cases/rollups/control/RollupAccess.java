package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.DivisionCode;

/**
 * Who reads which statistics: the platform operator everything; an official, a center's
 * administrator or its leader their center and everything beneath it. Any other area answers 404,
 * as if it did not exist — the tree is not disclosed through the statistics either.
 */
@ApplicationScoped
public class RollupAccess {

    /** The roles that read a center's statistics and those of the centers beneath it. */
    public static final Set<String> READERS = Set.of(Roles.OFFICIAL, Roles.TENANT_ADMIN, Roles.LEADER);

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CenterPaths paths;

    /** The path of {@code code} from the top, when {@code caller} may read it; else 404. */
    public List<String> requireReadable(Caller caller, String code) {
        if (DivisionCode.parse(code).isEmpty()) {
            throw notFound(code);
        }
        List<String> path = paths.find(code).orElseThrow(() -> notFound(code));
        if (!isOperator(caller) && path.stream().noneMatch(area -> readsIn(caller, area))) {
            throw notFound(code);
        }
        return path;
    }

    /** The part of {@code path} the caller may read, from its highest readable area down. */
    public List<String> visiblePart(Caller caller, List<String> path) {
        if (isOperator(caller)) {
            return path;
        }
        for (int i = 0; i < path.size(); i++) {
            if (readsIn(caller, path.get(i))) {
                return path.subList(i, path.size());
            }
        }
        return List.of();
    }

    /** Where the caller's statistics start: their highest readable centers. */
    public List<String> entries(Caller caller) {
        if (isOperator(caller)) {
            @SuppressWarnings("unchecked")
            List<String> tops = em.createNativeQuery(
                            "select code from platform.tenant where parent_code is null order by code")
                    .getResultList();
            return tops;
        }
        List<String> readable = caller.centers().stream()
                .filter(center -> readsIn(caller, center))
                .sorted()
                .toList();
        return readable.stream()
                .filter(center -> paths.find(center)
                        .map(path -> path.stream().limit(path.size() - 1L).noneMatch(readable::contains))
                        .orElse(false))
                .toList();
    }

    public static boolean isOperator(Caller caller) {
        return caller.hasRole(Roles.PLATFORM_OPERATOR);
    }

    private static boolean readsIn(Caller caller, String center) {
        return caller.rolesIn(center).stream().anyMatch(READERS::contains);
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("center.not-found", code);
    }
}
