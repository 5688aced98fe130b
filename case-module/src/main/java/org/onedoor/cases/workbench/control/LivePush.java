package org.onedoor.cases.workbench.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.CaseChanged;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.deadlines.entity.NotificationsWritten;
import org.onedoor.platform.live.control.LiveEvents;

/**
 * Tells every instance of the case module that a case arrived in a room or, escalated, at a center
 * (ADR 0004): a NOTIFY in the changing transaction, which PostgreSQL delivers only when it commits —
 * never for a dispatch that rolled back. No personal data travels: workbenches fetch the case themselves.
 * Notifications written (a reminder of the deadline pass, an assignment) are told the same way, so the
 * recipients' open pages read their inbox again.
 */
@ApplicationScoped
public class LivePush {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    void announce(@Observes CaseChanged changed) {
        CaseFile caseFile = changed.caseFile();
        changed.first(CaseAction.DISPATCHED).ifPresent(event -> publish("dispatch", event.centerCode(), caseFile));
        changed.first(CaseAction.ESCALATED_IN).ifPresent(event -> publish("escalation", event.centerCode(), caseFile));
    }

    void announce(@Observes NotificationsWritten written) {
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("topic", "notification")
                .add("center", written.center())
                .add("publishedAt", Instant.now().toString());
        if (written.recipient() != null) {
            event.add("recipient", written.recipient());
        }
        send(event);
    }

    private void publish(String topic, String center, CaseFile caseFile) {
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("topic", topic)
                .add("center", center)
                .add("caseId", caseFile.id().toString())
                .add("number", caseFile.number())
                .add("category", caseFile.categoryName())
                .add("grade", caseFile.grade().name())
                .add("publishedAt", Instant.now().toString());
        if (caseFile.roomId() != null && topic.equals("dispatch")) {
            event.add("room", caseFile.roomId().toString());
        } else {
            event.addNull("room");
        }
        if (caseFile.ticket() != null) {
            event.add("ticket", caseFile.ticket());
        }
        send(event);
    }

    private void send(JsonObjectBuilder event) {
        em.createNativeQuery("select pg_notify(?1, ?2)")
                .setParameter(1, LiveEvents.CHANNEL)
                .setParameter(2, event.build().toString())
                .getSingleResult();
    }
}
