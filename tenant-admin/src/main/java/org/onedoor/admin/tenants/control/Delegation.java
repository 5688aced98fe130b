package org.onedoor.admin.tenants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.onedoor.admin.tenants.entity.AdministeredTree;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.ForbiddenException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantLevel;

/**
 * Who may do what in the tenant tree. The platform operator runs the whole tree and creates
 * districts; a center's administrator creates, edits, suspends and archives only the streets and
 * communities beneath its center (officials read the rollups only, in the cases module). What a caller may not see answers
 * 404; what it may see but not change answers 403.
 */
@ApplicationScoped
public class Delegation {

    @Inject
    TenantRegistry registry;

    public boolean maySee(Caller caller, Tenant center) {
        if (isOperator(caller) || caller.isMemberOf(center.code().value())) {
            return true;
        }
        List<String> path = registry.path(center.code().value());
        return path.stream().anyMatch(code -> holdsAny(caller, code, Set.of(Roles.TENANT_ADMIN)));
    }

    /** The caller may read {@code center}'s entry in the registry: an administrator who may see it. */
    public void requireMayRead(Caller caller, Tenant center) {
        if (!maySee(caller, center)) {
            throw new NotFoundException("center.not-found", center.code().value());
        }
        if (!isOperator(caller) && !caller.hasRole(Roles.TENANT_ADMIN)) {
            throw new ForbiddenException("tenant.forbidden.read", center.code().value());
        }
    }

    /** The caller may create {@code code} beneath {@code parent} (null: at the top). */
    public void requireMayCreate(Caller caller, Tenant parent, DivisionCode code) {
        if (isOperator(caller)) {
            return;
        }
        if (parent == null || !maySee(caller, parent)) {
            throw new NotFoundException(
                    "center.not-found", parent == null ? "" : parent.code().value());
        }
        if (!code.level().isSubUnit() || !administersAtOrAbove(caller, parent)) {
            throw new ForbiddenException("tenant.forbidden.create", code.value());
        }
    }

    /**
     * Whether the caller may open any center beneath {@code center}: the operator beneath anything but
     * a community; a center's administrator streets beneath districts and communities beneath
     * streets, where it administers the center or one above it (as {@link #requireMayCreate}).
     */
    public boolean mayOpenBeneath(Caller caller, Tenant center) {
        if (center.level() == TenantLevel.COMMUNITY) {
            return false;
        }
        return isOperator(caller)
                || ((center.level() == TenantLevel.DISTRICT || center.level() == TenantLevel.STREET)
                        && administersAtOrAbove(caller, center));
    }

    /** The caller may rename, suspend, reactivate, archive or retry {@code center}. */
    public void requireMayAdminister(Caller caller, Tenant center) {
        if (isOperator(caller)) {
            return;
        }
        if (!maySee(caller, center)) {
            throw new NotFoundException("center.not-found", center.code().value());
        }
        if (!center.level().isSubUnit()
                || center.parentCode() == null
                || !administersAtOrAbove(caller, registry.get(center.parentCode()))) {
            throw new ForbiddenException(
                    "tenant.forbidden.administer", center.code().value());
        }
    }

    /** The caller may manage {@code center}'s staff: its own administrator or one above it. */
    public void requireMayManageStaff(Caller caller, Tenant center) {
        if (isOperator(caller)) {
            return;
        }
        if (!maySee(caller, center)) {
            throw new NotFoundException("center.not-found", center.code().value());
        }
        if (!administersAtOrAbove(caller, center)) {
            throw new ForbiddenException("tenant.forbidden.staff", center.code().value());
        }
    }

    /** Whether the caller may manage {@code center}'s staff (a yes/no for choices, no exception). */
    public boolean mayManageStaff(Caller caller, Tenant center) {
        return isOperator(caller) || administersAtOrAbove(caller, center);
    }

    /**
     * The caller may read {@code center}'s record of role changes: whoever may manage its staff, and
     * its own auditors. A stranger gets 404, another member 403.
     */
    public void requireMayReadRoleChanges(Caller caller, Tenant center) {
        if (isOperator(caller)) {
            return;
        }
        if (!maySee(caller, center)) {
            throw new NotFoundException("center.not-found", center.code().value());
        }
        if (!administersAtOrAbove(caller, center)
                && !caller.rolesIn(center.code().value()).contains(Roles.AUDITOR)) {
            throw new ForbiddenException(
                    "tenant.forbidden.role-changes", center.code().value());
        }
    }

    /**
     * The part of the tree the caller administers: the whole registry for the operator; else the
     * highest centers where it is an administrator, and everything beneath them. Centers where it
     * holds another role only are not in it: the tree is where it administers, not where it works.
     */
    public AdministeredTree administeredTree(Caller caller) {
        if (isOperator(caller)) {
            return AdministeredTree.whole(
                    registry.roots().stream().map(top -> top.code().value()).toList());
        }
        List<List<String>> paths = caller.centers().stream()
                .filter(code -> holdsAny(caller, code, Set.of(Roles.TENANT_ADMIN)))
                .map(registry::path)
                .toList();
        return AdministeredTree.of(paths);
    }

    private boolean administersAtOrAbove(Caller caller, Tenant center) {
        return registry.path(center.code().value()).stream()
                .anyMatch(code -> holdsAny(caller, code, Set.of(Roles.TENANT_ADMIN)));
    }

    private static boolean holdsAny(Caller caller, String code, Set<String> roles) {
        return caller.rolesIn(code).stream().anyMatch(roles::contains);
    }

    public static boolean isOperator(Caller caller) {
        return caller.hasRole(Roles.PLATFORM_OPERATOR);
    }
}
