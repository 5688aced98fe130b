package org.onedoor.cases.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseParty;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.NotFoundException;

/**
 * Reveals of personal data, each recorded before the value leaves: who, whose (case and party),
 * which field, when and why. The record is append-only (a trigger refuses changes).
 */
@ApplicationScoped
public class Reveals {

    private static final String SELECT = "select case_id, party_id, field, reason, actor, at from personal_data_reveal";

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    public record Reveal(UUID caseId, UUID partyId, String field, String reason, String actor, OffsetDateTime at) {}

    public String reveal(CaseFile caseFile, UUID partyId, CaseParty.Field field, String reason, String actor) {
        CaseParty party = caseFile.parties().stream()
                .filter(candidate -> candidate.id().equals(partyId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("case.party-not-found", partyId));
        record(caseFile.id(), partyId, field.name(), reason, actor);
        return party.value(field);
    }

    /** A document with full personal data left the system (the agreement PDF). */
    public void recordDocument(CaseFile caseFile, String document, String actor) {
        record(caseFile.id(), null, document, "document", actor);
    }

    public List<Reveal> of(UUID caseId) {
        return reveals(em.createNativeQuery(SELECT + " where case_id = cast(?1 as uuid) order by at")
                .setParameter(1, caseId.toString()));
    }

    /** The center's reveals from {@code since} on, newest first, one page: what its auditors review. */
    public Page<Reveal> since(OffsetDateTime since, PageRequest page) {
        List<Reveal> found = reveals(em.createNativeQuery(
                        SELECT + " where at >= cast(?1 as timestamptz) order by at desc, id desc offset ?2 limit ?3")
                .setParameter(1, since.toString())
                .setParameter(2, page.offset())
                .setParameter(3, page.size()));
        Number total = (Number)
                em.createNativeQuery("select count(*) from personal_data_reveal where at >= cast(?1 as timestamptz)")
                        .setParameter(1, since.toString())
                        .getSingleResult();
        return Page.of(found, page, total.longValue());
    }

    private static List<Reveal> reveals(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Reveal(
                        (UUID) row[0],
                        (UUID) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        toOffset(row[5])))
                .toList();
    }

    private void record(UUID caseId, UUID partyId, String field, String reason, String actor) {
        em.createNativeQuery("insert into personal_data_reveal (case_id, party_id, field, reason, actor, at)"
                        + " values (cast(?1 as uuid), cast(?2 as uuid), ?3, ?4, ?5, now())")
                .setParameter(1, caseId.toString())
                .setParameter(2, partyId == null ? null : partyId.toString())
                .setParameter(3, field)
                .setParameter(4, reason)
                .setParameter(5, actor)
                .executeUpdate();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : null;
    }
}
