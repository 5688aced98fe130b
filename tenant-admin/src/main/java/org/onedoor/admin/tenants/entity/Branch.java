package org.onedoor.admin.tenants.entity;

import java.util.List;
import java.util.Objects;

/**
 * A center as a line of the tree: with how many centers it has directly beneath it, and (for a
 * search result) the centers above it inside the caller's tree, top first.
 */
public record Branch(Tenant center, long children, List<Tenant> above) {

    public Branch {
        Objects.requireNonNull(center, "A center is required.");
        above = List.copyOf(above);
    }

    public Branch(Tenant center, long children) {
        this(center, children, List.of());
    }

    public String code() {
        return center.code().value();
    }
}
