package org.onedoor.reception.matters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.reception.matters.control.NewMatter;
import org.onedoor.reception.matters.control.OpenMatters;
import org.onedoor.reception.matters.control.Registration;
import org.onedoor.reception.matters.entity.Matter;
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

    public List<MatterView> today(String center) {
        tenantScope.enter(center, ReadsMatters.class);
        return registration.today().stream().map(MatterView::of).toList();
    }

    public List<HallEntry> hall(String center) {
        tenantScope.enter(center, ReadsMatters.class);
        return registration.today().stream()
                .filter(Matter::isDispatched)
                .map(HallEntry::of)
                .toList();
    }
}
