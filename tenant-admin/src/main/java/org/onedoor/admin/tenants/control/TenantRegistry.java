package org.onedoor.admin.tenants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.onedoor.admin.tenants.entity.ProvisioningRecord;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.tenancy.control.CenterTree;

/** Reads the tenant tree: centers, their children and ancestors, their provisioning steps. */
@ApplicationScoped
public class TenantRegistry {

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    @Inject
    CenterTree tree;

    public Optional<Tenant> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Tenant.class, code));
    }

    public Tenant get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("center.not-found", code));
    }

    /** The centers without a parent (provinces, or whatever the operator put at the top). */
    public List<Tenant> roots() {
        return em.createQuery("select t from Tenant t where t.parentCode is null order by t.code", Tenant.class)
                .getResultList();
    }

    public List<Tenant> children(String parentCode) {
        return em.createQuery("select t from Tenant t where t.parentCode = :parent order by t.code", Tenant.class)
                .setParameter("parent", parentCode)
                .getResultList();
    }

    public List<Tenant> all(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Tenant t where t.code in :codes order by t.code", Tenant.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    /** The codes from the top of the tree down to {@code code} itself. */
    public List<String> path(String code) {
        return tree.pathCodes(code);
    }

    public List<ProvisioningRecord> provisioning(String code) {
        return em.createQuery(
                        "select p from ProvisioningRecord p where p.tenantCode = :code order by p.step",
                        ProvisioningRecord.class)
                .setParameter("code", code)
                .getResultList();
    }
}
