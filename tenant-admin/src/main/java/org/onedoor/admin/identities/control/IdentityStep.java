package org.onedoor.admin.identities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.control.ProvisioningStep;
import org.onedoor.platform.tenancy.entity.Center;

/**
 * The identity provider's part of opening a center: its group in the tree (and its ancestors'), its
 * administrators' group, and the first administrator in it. Idempotent.
 */
@ApplicationScoped
public class IdentityStep implements ProvisioningStep {

    public static final String NAME = "identity";

    @Inject
    IdentityProvider identities;

    @Inject
    TenantRegistry registry;

    @Inject
    RoleChanges roleChanges;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run(Center center) {
        String code = center.code().value();
        List<String> path = registry.path(code);
        identities.ensureCenter(path, center.name());
        Tenant tenant = registry.get(code);
        if (tenant.firstAdministrator() == null) {
            return "group /centers/" + String.join("/", path);
        }
        boolean newly = identities.grant(path, tenant.firstAdministrator(), Roles.TENANT_ADMIN);
        // the first administrator is a grant like any other, by whoever opened the center; a retried
        // step whose grant went through before the record was written records it now
        if (newly || !roleChanges.recorded(code, tenant.firstAdministrator(), Roles.TENANT_ADMIN)) {
            roleChanges.granted(code, tenant.firstAdministrator(), Roles.TENANT_ADMIN, tenant.createdBy());
        }
        return "group /centers/" + String.join("/", path) + ", administrator " + tenant.firstAdministrator();
    }
}
