package org.onedoor.cases.deadlines.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.cases.casefiles.control.MyRooms;
import org.onedoor.cases.deadlines.control.Notifications;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * The caller's notifications in a center, as the API and the pages' bell share them: each call one
 * transaction bound to the center, for any member of its staff.
 */
@ApplicationScoped
@Transactional
public class Inbox {

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Notifications notifications;

    @Inject
    MyRooms myRooms;

    /** What the bell shows: how many are unread, and the newest. */
    public record Summary(long unread, List<Notifications.Notification> newest) {}

    public Page<Notifications.Notification> list(String code, boolean unreadOnly, PageRequest page) {
        return notifications.of(reader(code), unreadOnly, page);
    }

    public long unread(String code) {
        return notifications.unread(reader(code));
    }

    public Summary summary(String code, int newest) {
        Notifications.Reader reader = reader(code);
        return new Summary(
                notifications.unread(reader),
                notifications.of(reader, false, new PageRequest(0, newest)).items());
    }

    /** Marks notification {@code id} read for the caller; answers how many stay unread. */
    public long read(String code, UUID id) {
        Notifications.Reader reader = reader(code);
        notifications.read(reader, id);
        return notifications.unread(reader);
    }

    private Notifications.Reader reader(String code) {
        tenantScope.enter(code);
        String username = currentCaller.acting().username();
        Set<String> roles = currentCaller.require().rolesIn(code);
        List<UUID> rooms = roles.contains(Roles.MEDIATOR)
                ? myRooms.of(code, username).stream().map(MyRooms.Room::id).toList()
                : List.of();
        return new Notifications.Reader(username, roles, rooms);
    }
}
