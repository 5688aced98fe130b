package org.onedoor.admin.tenants.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Objects;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.AdministersTenant;
import org.onedoor.admin.tenants.entity.ManagesStaff;
import org.onedoor.admin.tenants.entity.ReadsRoleChanges;
import org.onedoor.admin.tenants.entity.ReadsTenant;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;

/**
 * Admits calls on a center of the tree ({@code tenants/{code}/…}, and its staff and systems under
 * {@code t/{code}/…}) by the rules of delegated administration, before anything of the request is
 * read: 404 for a center the caller may not see, 403 for one it may see but not change.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class DelegationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Delegation delegation;

    @Inject
    TenantRegistry registry;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<?> resourceClass = resource.getResourceClass();
        boolean reads = declares(method, resourceClass, ReadsTenant.class);
        boolean administers = declares(method, resourceClass, AdministersTenant.class);
        boolean managesStaff = declares(method, resourceClass, ManagesStaff.class);
        boolean readsRoleChanges = declares(method, resourceClass, ReadsRoleChanges.class);
        if (!reads && !administers && !managesStaff && !readsRoleChanges) {
            return;
        }
        String code = Objects.toString(request.getUriInfo().getPathParameters().getFirst("code"));
        Tenant center = registry.find(code).orElseThrow(() -> new NotFoundException("center.not-found", code));
        Caller caller = currentCaller.require();
        if (readsRoleChanges) {
            delegation.requireMayReadRoleChanges(caller, center);
        } else if (managesStaff) {
            delegation.requireMayManageStaff(caller, center);
        } else if (administers) {
            delegation.requireMayAdminister(caller, center);
        } else {
            delegation.requireMayRead(caller, center);
        }
    }

    private static boolean declares(Method method, Class<?> resourceClass, Class<? extends Annotation> permission) {
        return method.isAnnotationPresent(permission)
                || (resourceClass != null && resourceClass.isAnnotationPresent(permission));
    }
}
