package org.onedoor.reception.hall.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.Center;
import org.onedoor.platform.time.entity.CenterTime;
import org.onedoor.reception.hall.entity.DisplayToken;
import org.onedoor.reception.hall.entity.HallDisplay;
import org.onedoor.reception.matters.entity.HallCall;
import org.onedoor.reception.matters.entity.Matter;
import org.onedoor.reception.matters.entity.MatterState;

/**
 * The hall display as its link opens it, without a login: the link's token names the center through
 * the platform's route, the center's own link must still be open, and the center too. Anything else
 * — a malformed, unknown or revoked token, a suspended center — is simply not there, and says
 * nothing about any center. Shows tickets and rooms only.
 */
@ApplicationScoped
public class HallBoard {

    /** The calls a television shows: the newest, large, and those before it. */
    public static final int SHOWN = 9;

    @PersistenceContext(unitName = "reception")
    EntityManager em;

    @Inject
    TenantScope tenantScope;

    @Inject
    DisplayRoutes routes;

    @Inject
    DisplayLinks links;

    /** What a display shows when it opens: its center and the day's latest calls. */
    public record Board(HallDisplay display, List<HallCall> calls) {}

    /** The display {@code key} opens, if it opens one. */
    @Transactional
    public Optional<HallDisplay> display(String key) {
        return resolve(key);
    }

    /** The display {@code key} opens with its calls, if it opens one. */
    @Transactional
    public Optional<Board> open(String key) {
        return resolve(key).map(display -> new Board(display, latestCalls()));
    }

    /** The day's latest calls of an open display's center, newest first. */
    @Transactional
    public List<HallCall> calls(HallDisplay display) {
        tenantScope.enterForJob(display.center());
        return latestCalls();
    }

    private Optional<HallDisplay> resolve(String key) {
        Optional<DisplayToken> token = DisplayToken.parse(key);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        String hash = token.get().hash();
        Optional<Center> center = routes.centerOf(hash)
                .flatMap(tenantScope::find)
                .filter(found -> found.status().isOpen());
        if (center.isEmpty()) {
            return Optional.empty();
        }
        tenantScope.enterForJob(center.get());
        return links.findActive(hash).map(link -> new HallDisplay(center.get(), link.id()));
    }

    private List<HallCall> latestCalls() {
        return em
                .createQuery(
                        "select m from Matter m where m.ticketDay = :day and m.state = :state"
                                + " order by m.dispatchedAt desc, m.ticket desc",
                        Matter.class)
                .setParameter("day", CenterTime.today())
                .setParameter("state", MatterState.DISPATCHED)
                .setMaxResults(SHOWN)
                .getResultList()
                .stream()
                .map(HallCall::of)
                .toList();
    }
}
