package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onedoor.cases.casefiles.entity.CaseFile;

/**
 * Tells every instance of the case module that a case arrived in a room (ADR 0004): a NOTIFY in the
 * same transaction, which PostgreSQL delivers only when it commits — never for a dispatch that
 * rolled back. No personal data travels: workbenches fetch the case themselves.
 */
@ApplicationScoped
public class CaseEvents {

    public static final String CHANNEL = "onedoor_live";

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    public void dispatched(String center, CaseFile caseFile) {
        publish("dispatch", center, caseFile);
    }

    /** An escalated case arrived at {@code parent}: its staff's workbenches learn of it like a dispatch. */
    public void escalated(String parent, CaseFile caseFile) {
        publish("escalation", parent, caseFile);
    }

    private void publish(String topic, String center, CaseFile caseFile) {
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("topic", topic)
                .add("center", center)
                .add("caseId", caseFile.id().toString())
                .add("number", caseFile.number())
                .add("category", caseFile.categoryName())
                .add("grade", caseFile.grade().name())
                .add("publishedAt", java.time.Instant.now().toString());
        if (caseFile.roomId() != null && topic.equals("dispatch")) {
            event.add("room", caseFile.roomId().toString());
        } else {
            event.addNull("room");
        }
        if (caseFile.ticket() != null) {
            event.add("ticket", caseFile.ticket());
        }
        em.createNativeQuery("select pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, event.build().toString())
                .getSingleResult();
    }
}
