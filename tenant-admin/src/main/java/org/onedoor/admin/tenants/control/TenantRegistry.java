package org.onedoor.admin.tenants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.onedoor.admin.tenants.entity.ProvisioningRecord;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.tenancy.control.CenterTree;
import org.onedoor.platform.tenancy.entity.TenantStatus;

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

    /**
     * A page of the centers directly beneath {@code parentCode}, by code; only those in {@code
     * status} when given, only those whose code or name contains {@code text} when given.
     */
    public Page<Tenant> children(String parentCode, TenantStatus status, String text, PageRequest request) {
        String where = " where t.parentCode = :parent"
                + (status == null ? "" : " and t.status = :status")
                + (text == null ? "" : " and (t.code like :text or t.name like :text)");
        TypedQuery<Long> count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
        TypedQuery<Tenant> items = em.createQuery("select t from Tenant t" + where + " order by t.code", Tenant.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            query.setParameter("parent", parentCode);
            if (status != null) {
                query.setParameter("status", status);
            }
            if (text != null) {
                query.setParameter(
                        "text",
                        "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        List<Tenant> found = items.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(found, request, count.getSingleResult());
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
