package org.onedoor.reception.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import java.util.function.Function;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.reception.intake.entity.IdempotencyKeyReusedException;
import org.onedoor.reception.intake.entity.IntakeRequest;
import org.onedoor.reception.matters.control.CaseFiles;
import org.onedoor.reception.matters.control.CenterConfiguration;
import org.onedoor.reception.matters.control.NewMatter;
import org.onedoor.reception.matters.control.Registration;
import org.onedoor.reception.matters.entity.Matter;

/**
 * Matters pushed in by 12345, petition and grid systems, exactly once per Idempotency-Key: the key
 * is locked for the transaction, so concurrent retries wait for the first and then get its answer.
 * The matter's id derives from center and key (keyed, {@link IntakeMatterIds}), so even a retry after a failure half way (the case
 * module opened the case, our commit failed) finds the same case file instead of opening another.
 */
@ApplicationScoped
public class IdempotentIntake {

    @PersistenceContext(unitName = "reception")
    EntityManager em;

    @Inject
    Registration registration;

    @Inject
    IntakeMatterIds matterIds;

    @Inject
    CenterConfiguration configuration;

    @Inject
    CaseFiles caseFiles;

    public record Answer(int status, String body, boolean replayed) {}

    public Answer accept(
            String center,
            String key,
            String client,
            String requestHash,
            NewMatter request,
            Function<Matter, String> representation) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "intake:" + center + ":" + key)
                .getSingleResult();
        IntakeRequest earlier = em.find(IntakeRequest.class, key);
        if (earlier != null) {
            if (!earlier.isRetryOf(client, requestHash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return new Answer(earlier.responseStatus(), earlier.responseBody(), true);
        }
        UUID matterId = matterIds.of(center, key);
        // in the key's transaction (unlike the front desk's): its lock makes a concurrent retry wait for this answer
        Matter matter =
                registration.register(configuration.of(center, client), matterId, request, Actor.unnamed(client));
        if (matter.room().isPresent()) {
            registration.dispatched(
                    matter.id(), caseFiles.open(center, matter, matter.room().get(), client), client);
        }
        String body = representation.apply(matter);
        // the matter first: EclipseLink does not order inserts of unrelated entities by foreign key
        em.flush();
        em.persist(new IntakeRequest(key, client, requestHash, matter.id(), 201, body));
        return new Answer(201, body, false);
    }
}
