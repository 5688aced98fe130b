package org.onedoor.admin.tenants.entity;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the tree of centers a caller administers: the highest centers it administers (its
 * roots) and everything beneath them; the whole tree for the platform operator. An administrator of
 * 江岸区 who also administers its street 大智街道 has one root, 江岸区: the street is already in it.
 *
 * @param roots the codes of the highest administered centers, by code
 * @param whole whether the tree is the whole registry (the operator's)
 */
public record AdministeredTree(List<String> roots, boolean whole) {

    public AdministeredTree {
        roots = List.copyOf(roots);
    }

    /** The whole registry, from its top centers down. */
    public static AdministeredTree whole(Collection<String> tops) {
        return new AdministeredTree(List.copyOf(new TreeSet<>(tops)), true);
    }

    /**
     * The tree of the centers at the ends of {@code paths} (each from the top of the registry down
     * to an administered center): a center with another administered center above it is no root.
     */
    public static AdministeredTree of(Collection<List<String>> paths) {
        Set<String> administered = new TreeSet<>();
        paths.stream()
                .filter(path -> !path.isEmpty())
                .map(AdministeredTree::last)
                .forEach(administered::add);
        List<String> roots = paths.stream()
                .filter(path -> !path.isEmpty())
                .filter(path -> path.subList(0, path.size() - 1).stream().noneMatch(administered::contains))
                .map(AdministeredTree::last)
                .distinct()
                .sorted()
                .toList();
        return new AdministeredTree(roots, false);
    }

    public boolean isEmpty() {
        return roots.isEmpty();
    }

    /** Whether the center at the end of {@code path} (top first) lies in this tree. */
    public boolean covers(List<String> path) {
        return whole ? !path.isEmpty() : path.stream().anyMatch(roots::contains);
    }

    /**
     * The part of {@code path} (top first) from this tree's root down: what may be shown of a
     * center's place without naming centers outside the tree. Empty when the center is outside.
     */
    public List<String> within(List<String> path) {
        if (whole) {
            return List.copyOf(path);
        }
        for (int at = 0; at < path.size(); at++) {
            if (roots.contains(path.get(at))) {
                return List.copyOf(path.subList(at, path.size()));
            }
        }
        return List.of();
    }

    private static String last(List<String> path) {
        return Objects.requireNonNull(path.get(path.size() - 1));
    }
}
