package org.onedoor.reception.hall.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;
import org.onedoor.reception.hall.entity.DisplayLink;
import org.onedoor.reception.hall.entity.DisplayToken;

/**
 * The center's hall display links, as its administrators manage them (API and page alike): made with
 * a label, listed, revoked. The link lives in the center's schema, its route in the platform's
 * (ADR 0024); both change in one transaction.
 */
@ApplicationScoped
public class DisplayLinks {

    @PersistenceContext(unitName = "reception")
    EntityManager em;

    @Inject
    TenantScope tenantScope;

    @Inject
    DisplayRoutes routes;

    /** A new link and its token: the only time the token is at hand. */
    public record Issued(DisplayLink link, DisplayToken token) {}

    @Transactional
    public Issued create(String code, String label, String actor) {
        Center center = tenantScope.enter(code, AdministersCenter.class);
        if (!DisplayLink.validLabel(label)) {
            throw new InvalidInputException("label", "display.label.invalid", DisplayLink.LABEL_MAX);
        }
        DisplayToken token = DisplayToken.generate();
        DisplayLink link = DisplayLink.create(label, token, actor);
        em.persist(link);
        routes.add(token.hash(), center.code().value());
        return new Issued(link, token);
    }

    /** The center's links, newest first, revoked ones included. */
    @Transactional
    public Page<DisplayLink> list(String code, PageRequest page) {
        tenantScope.enter(code, AdministersCenter.class);
        return Page.of(
                em.createQuery("select d from DisplayLink d order by d.createdAt desc, d.id", DisplayLink.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList(),
                page,
                em.createQuery("select count(d) from DisplayLink d", Long.class).getSingleResult());
    }

    @Transactional
    public DisplayLink get(String code, UUID id) {
        tenantScope.enter(code, AdministersCenter.class);
        return find(id);
    }

    /** Revokes the link: its display goes dark within the quarter minute its recheck takes. */
    @Transactional
    public DisplayLink revoke(String code, UUID id, String actor) {
        tenantScope.enter(code, AdministersCenter.class);
        DisplayLink link = find(id);
        if (link.revoke(actor)) {
            routes.remove(link.tokenHash());
        }
        return link;
    }

    /** The open link with {@code tokenHash} in the center bound to the transaction. */
    Optional<DisplayLink> findActive(String tokenHash) {
        return em
                .createQuery(
                        "select d from DisplayLink d where d.tokenHash = :hash and d.revokedAt is null",
                        DisplayLink.class)
                .setParameter("hash", tokenHash)
                .getResultList()
                .stream()
                .findFirst();
    }

    private DisplayLink find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(DisplayLink.class, id))
                .orElseThrow(() -> new NotFoundException("display.not-found", id));
    }
}
