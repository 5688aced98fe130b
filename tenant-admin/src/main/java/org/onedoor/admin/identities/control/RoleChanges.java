package org.onedoor.admin.identities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onedoor.admin.identities.entity.RoleChange;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;

/** The record of role grants and revocations (platform schema); each call is its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RoleChanges {

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    public void granted(String centerCode, String username, String role, String actor) {
        em.persist(RoleChange.of(centerCode, username, role, RoleChange.Change.GRANTED, actor));
    }

    public void revoked(String centerCode, String username, String role, String actor) {
        em.persist(RoleChange.of(centerCode, username, role, RoleChange.Change.REVOKED, actor));
    }

    /** Whether a grant of {@code role} to {@code username} in the center was ever recorded. */
    public boolean recorded(String centerCode, String username, String role) {
        return em.createQuery(
                                "select count(c) from RoleChange c where c.centerCode = :center"
                                        + " and c.username = :username and c.role = :role"
                                        + " and c.change = :granted",
                                Long.class)
                        .setParameter("center", centerCode)
                        .setParameter("username", username)
                        .setParameter("role", role)
                        .setParameter("granted", RoleChange.Change.GRANTED)
                        .getSingleResult()
                > 0;
    }

    /** A center's changes, newest first; only those of {@code username} when given. */
    public Page<RoleChange> of(String centerCode, String username, PageRequest request) {
        String where = "where c.centerCode = :center" + (username == null ? "" : " and c.username = :username");
        var count = em.createQuery("select count(c) from RoleChange c " + where, Long.class)
                .setParameter("center", centerCode);
        var items = em.createQuery(
                        "select c from RoleChange c " + where + " order by c.changedAt desc, c.id desc",
                        RoleChange.class)
                .setParameter("center", centerCode);
        if (username != null) {
            count.setParameter("username", username);
            items.setParameter("username", username);
        }
        List<RoleChange> found = items.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(found, request, count.getSingleResult());
    }
}
