package org.onedoor.reception.matters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.security.entity.Permission;
import org.onedoor.platform.tenancy.control.CenterTransactions;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.time.entity.CenterTime;
import org.onedoor.reception.matters.control.CaseFiles;
import org.onedoor.reception.matters.control.CenterConfiguration;
import org.onedoor.reception.matters.control.HallCalls;
import org.onedoor.reception.matters.control.IntakeConfiguration;
import org.onedoor.reception.matters.control.NewMatter;
import org.onedoor.reception.matters.control.OpenMatters;
import org.onedoor.reception.matters.control.Registration;
import org.onedoor.reception.matters.entity.Matter;
import org.onedoor.reception.matters.entity.MatterState;
import org.onedoor.reception.matters.entity.ReadsMatters;
import org.onedoor.reception.matters.entity.Room;
import org.onedoor.reception.matters.entity.WorksTheDesk;

/**
 * The front desk's operations as the API and the pages share them, bound to the center, answering
 * views (personal data masked). Reads are one transaction each. Registration and dispatch also ask
 * the administration and case modules over HTTP; they do it between short transactions, never
 * holding a database connection while they wait (ADR 0023).
 */
@ApplicationScoped
public class FrontDesk {

    @Inject
    TenantScope tenantScope;

    @Inject
    CenterTransactions transactions;

    @Inject
    CenterConfiguration configuration;

    @Inject
    Registration registration;

    @Inject
    OpenMatters openMatters;

    @Inject
    CaseFiles caseFiles;

    @Inject
    HallCalls hallCalls;

    private record Registered(Matter matter, List<Matter> candidates) {}

    /** A matter ready for the case module, or already dispatched. */
    private record Routed(MatterView dispatched, CaseFiles.Request request) {}

    /** What the hall display shows: a dispatched ticket and its room, no personal data. */
    public record HallEntry(String ticket, String room, OffsetDateTime dispatchedAt) {
        static HallEntry of(Matter matter) {
            return new HallEntry(matter.ticket(), matter.room().map(Room::name).orElse(""), matter.dispatchedAt());
        }
    }

    /** Registers a matter: its ticket, the room routing suggests, other open matters of the resident. */
    public MatterView register(String center, NewMatter request, Actor clerk) {
        tenantScope.admit(center, Permission.of(WorksTheDesk.class));
        IntakeConfiguration rules = configuration.of(center, clerk.username());
        Registered registered = transactions.call(center, WorksTheDesk.class, () -> {
            Matter matter = registration.register(rules, UUID.randomUUID(), request, clerk);
            return new Registered(matter, openMatters.candidates(matter));
        });
        return MatterView.of(
                registered.matter(), center, openMatters.stillOpen(center, registered.candidates(), clerk.username()));
    }

    /**
     * Dispatches the matter (to {@code roomId} when given): the case module opens its case file, then
     * the matter records it. Opening is idempotent on the matter, so when anything fails between the
     * two the matter stays registered and dispatching it again finds the same case file.
     */
    public MatterView dispatch(String center, UUID matterId, UUID roomId, String actor) {
        tenantScope.admit(center, Permission.of(WorksTheDesk.class));
        IntakeConfiguration rules = roomId == null ? null : configuration.of(center, actor);
        Routed routed = transactions.call(center, WorksTheDesk.class, () -> {
            Matter matter = registration.route(matterId, rules, roomId);
            return matter.isDispatched()
                    ? new Routed(MatterView.of(matter), null)
                    : new Routed(
                            null, caseFiles.requestFor(matter, matter.room().orElseThrow(), actor));
        });
        if (routed.request() == null) {
            return routed.dispatched();
        }
        CaseFiles.Opened opened = caseFiles.open(center, routed.request(), actor);
        return transactions.call(center, WorksTheDesk.class, () -> {
            // a second report of the same dispatch (a retry) is not called out in the hall again
            boolean waiting = !registration.get(matterId).isDispatched();
            Matter matter = registration.dispatched(matterId, opened, actor);
            if (waiting) {
                hallCalls.announce(center, matter);
            }
            return MatterView.of(matter);
        });
    }

    @Transactional
    public MatterView get(String center, UUID matterId) {
        tenantScope.enter(center, ReadsMatters.class);
        return MatterView.of(registration.get(matterId));
    }

    /** The matters of {@code day} (today by default), optionally in one state, one page of them. */
    @Transactional
    public Page<MatterView> list(String center, String day, String state, PageRequest page) {
        tenantScope.enter(center, ReadsMatters.class);
        LocalDate registered = day == null || day.isBlank() ? CenterTime.today() : dayOf(day.strip());
        MatterState inState = state == null || state.isBlank() ? null : stateOf(state.strip());
        return registration.registeredOn(registered, inState, page).map(MatterView::of);
    }

    private static LocalDate dayOf(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "matter.filter.bad-day");
        }
    }

    private static MatterState stateOf(String name) {
        try {
            return MatterState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "matter.filter.state-unknown");
        }
    }

    @Transactional
    public List<HallEntry> hall(String center) {
        tenantScope.enter(center, ReadsMatters.class);
        return registration.today().stream()
                .filter(Matter::isDispatched)
                .map(HallEntry::of)
                .toList();
    }
}
