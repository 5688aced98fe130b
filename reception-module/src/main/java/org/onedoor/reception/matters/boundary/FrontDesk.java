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
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.time.entity.CenterTime;
import org.onedoor.reception.matters.control.NewMatter;
import org.onedoor.reception.matters.control.OpenMatters;
import org.onedoor.reception.matters.control.Registration;
import org.onedoor.reception.matters.entity.Matter;
import org.onedoor.reception.matters.entity.MatterState;
import org.onedoor.reception.matters.entity.ReadsMatters;
import org.onedoor.reception.matters.entity.Room;
import org.onedoor.reception.matters.entity.WorksTheDesk;

/**
 * The front desk's operations as the API and the pages share them: each one transaction, bound to
 * the center, answering views (personal data masked) built before the transaction ends.
 */
@ApplicationScoped
@Transactional
public class FrontDesk {

    @Inject
    TenantScope tenantScope;

    @Inject
    Registration registration;

    @Inject
    OpenMatters openMatters;

    /** What the hall display shows: a dispatched ticket and its room, no personal data. */
    public record HallEntry(String ticket, String room, OffsetDateTime dispatchedAt) {
        static HallEntry of(Matter matter) {
            return new HallEntry(matter.ticket(), matter.room().map(Room::name).orElse(""), matter.dispatchedAt());
        }
    }

    /** Registers a matter: its ticket, the room routing suggests, other open matters of the resident. */
    public MatterView register(String center, NewMatter request, String actor) {
        tenantScope.enter(center, WorksTheDesk.class);
        Matter matter = registration.register(center, UUID.randomUUID(), request, actor);
        return MatterView.of(matter, openMatters.of(center, matter, actor));
    }

    public MatterView dispatch(String center, UUID matterId, UUID roomId, String actor) {
        tenantScope.enter(center, WorksTheDesk.class);
        return MatterView.of(registration.dispatch(center, matterId, roomId, actor));
    }

    public MatterView get(String center, UUID matterId) {
        tenantScope.enter(center, ReadsMatters.class);
        return MatterView.of(registration.get(matterId));
    }

    /** The matters of {@code day} (today by default), optionally in one state, one page of them. */
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

    public List<HallEntry> hall(String center) {
        tenantScope.enter(center, ReadsMatters.class);
        return registration.today().stream()
                .filter(Matter::isDispatched)
                .map(HallEntry::of)
                .toList();
    }
}
