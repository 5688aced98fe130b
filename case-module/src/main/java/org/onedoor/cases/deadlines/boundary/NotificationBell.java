package org.onedoor.cases.deadlines.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.onedoor.cases.deadlines.control.Notifications;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;

/**
 * The notification bell in the header of the case module's pages (issue #15.5): the caller's unread
 * count in the active center and the newest notifications, each linking to its case and marked read
 * when opened or when asked. The page's websocket re-reads it when notifications are written.
 */
@Named
@RequestScoped
public class NotificationBell {

    /** How many notifications the bell lists. */
    static final int NEWEST = 8;

    private static final Logger LOG = Logger.getLogger(NotificationBell.class.getName());
    /** The roles whose pages hear the workbench's live events (the websocket admits them). */
    private static final Set<String> LISTENERS = Set.of(Roles.MEDIATOR, Roles.LEADER, Roles.TENANT_ADMIN);

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    Inbox inbox;

    @Inject
    Feedback feedback;

    private Inbox.Summary summary;

    /** The active center; null (no bell) when the caller works in none. */
    public String getCenter() {
        return centerSwitch.activeCode();
    }

    /** Whether the page may listen live (a member the workbench's websocket admits). */
    public boolean isLive() {
        return centerSwitch.getActiveRoles().stream().anyMatch(LISTENERS::contains);
    }

    public long getUnread() {
        return summary().unread();
    }

    public List<Notifications.Notification> getNewest() {
        return summary().newest();
    }

    private Inbox.Summary summary() {
        if (summary == null) {
            String center = getCenter();
            try {
                summary = center == null ? new Inbox.Summary(0, List.of()) : inbox.summary(center, NEWEST);
            } catch (OneDoorException | IllegalStateException e) {
                // the bell never breaks the page it sits on
                LOG.info(() -> "the notification bell could not be read: " + e);
                summary = new Inbox.Summary(0, List.of());
            }
        }
        return summary;
    }

    /** Reads the bell again (the websocket heard of new notifications). */
    public void refresh() {
        summary = null;
    }

    /**
     * Marks the notification the link names ({@code notification}, as rendered: not by row, which a
     * notification arriving meanwhile would shift) read and stays.
     */
    public void read() {
        requested("notification").ifPresent(id -> {
            try {
                inbox.read(getCenter(), id);
            } catch (OneDoorException refused) {
                feedback.refused(refused);
            }
        });
        summary = null;
    }

    /** Marks the notification the link names read and opens its case ({@code case}). */
    public String open() {
        read();
        return requested("case")
                .map(caseId -> "/case.xhtml?faces-redirect=true&center=" + getCenter() + "&id=" + caseId)
                .orElse(null);
    }

    private static Optional<UUID> requested(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
