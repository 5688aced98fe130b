package org.onedoor.admin.tenants.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.onedoor.admin.tenants.control.Branches;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.AdministeredTree;
import org.onedoor.admin.tenants.entity.ReadsTenant;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Roles;

/**
 * The tree a caller administers, as the centers page shows it (issue #22.4): one tree from the
 * highest centers it administers, each line with its number of children, read a page at a time;
 * search by name or code inside that tree only. The operator's tree is the whole registry.
 */
@Path("tenants/tree")
@Produces(MediaType.APPLICATION_JSON)
public class TreeResource {

    @Inject
    Branches branches;

    @Inject
    Delegation delegation;

    @Inject
    TenantRegistry registry;

    @Inject
    CurrentCaller currentCaller;

    /** The highest centers the caller administers (the top centers for the operator). */
    @GET
    @RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.TENANT_ADMIN})
    public List<BranchView> roots() {
        return branches.roots(tree()).stream().map(BranchView::of).toList();
    }

    /** The centers of the caller's tree whose name or code contains {@code q}, with their places. */
    @GET
    @Path("search")
    @RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.TENANT_ADMIN})
    public Page<BranchView> search(
            @QueryParam("q") String text, @QueryParam("page") String page, @QueryParam("size") String size) {
        return branches.search(tree(), text, PageRequest.of(page, size)).map(BranchView::of);
    }

    /**
     * A page of the centers directly beneath {@code code}, a center of the caller's tree; one where
     * the caller only works answers 404 here, as one it cannot see.
     */
    @GET
    @Path("{code}")
    @ReadsTenant
    public Page<BranchView> children(
            @PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size) {
        if (!tree().covers(registry.path(code))) {
            throw new NotFoundException("center.not-found", code);
        }
        return branches.children(code, PageRequest.of(page, size)).map(BranchView::of);
    }

    private AdministeredTree tree() {
        return delegation.administeredTree(currentCaller.require());
    }
}
