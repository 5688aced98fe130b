package org.onedoor.admin.tenants.boundary;

import java.util.List;
import org.onedoor.admin.tenants.entity.Branch;
import org.onedoor.admin.tenants.entity.Tenant;

/**
 * A center as a line of the administration tree: with the number of centers directly beneath it
 * and, for a search result, the centers above it inside the caller's tree (top first).
 */
public record BranchView(String code, String name, String level, String status, long children, List<Place> above) {

    /** A center on the way down to another. */
    public record Place(String code, String name) {

        static Place of(Tenant center) {
            return new Place(center.code().value(), center.name());
        }
    }

    static BranchView of(Branch branch) {
        Tenant center = branch.center();
        return new BranchView(
                center.code().value(),
                center.name(),
                center.level().name(),
                center.status().name(),
                branch.children(),
                branch.above().stream().map(Place::of).toList());
    }
}
