package org.onedoor.admin.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.admin.onboarding.entity.OnboardingBatch;
import org.onedoor.admin.onboarding.entity.OnboardingRow;
import org.onedoor.admin.onboarding.entity.SubUnitLine;
import org.onedoor.admin.tenants.control.Onboarding;
import org.onedoor.platform.tenancy.entity.DivisionCode;

/** The onboarding batches and their lines in the database; each method is its own transaction. */
@ApplicationScoped
@Transactional
public class BatchLedger {

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    @Inject
    Onboarding onboarding;

    public OnboardingBatch record(String fileName, List<SubUnitLine> lines, String actor) {
        OnboardingBatch batch = OnboardingBatch.received(fileName, lines.size(), actor);
        em.persist(batch);
        em.flush();
        lines.forEach(line -> em.persist(OnboardingRow.of(batch.id(), line)));
        return batch;
    }

    public Optional<OnboardingBatch> batch(UUID id) {
        return Optional.ofNullable(em.find(OnboardingBatch.class, id));
    }

    public List<OnboardingRow> rows(UUID id) {
        return em.createQuery(
                        "select r from OnboardingRow r where r.batchId = :id order by r.line", OnboardingRow.class)
                .setParameter("id", id)
                .getResultList();
    }

    public void accountMade(UUID id, String administrator, boolean created) {
        rows(id).stream()
                .filter(row -> administrator.equals(row.administrator()))
                .forEach(row -> row.accountMade(created));
    }

    /** Creates every center of the batch, parents first, in this one transaction: all or none. */
    public void createCenters(UUID id) {
        OnboardingBatch batch = em.find(OnboardingBatch.class, id);
        rows(id).stream()
                .sorted(Comparator.comparing((OnboardingRow row) -> row.code().length())
                        .thenComparing(OnboardingRow::code))
                .forEach(row -> onboarding.open(
                        new DivisionCode(row.code()),
                        row.name(),
                        row.parentCode(),
                        row.account() == OnboardingRow.Account.FAILED ? null : row.administrator(),
                        batch.createdBy()));
        batch.centersCreated();
    }

    public void fail(UUID id, String reason) {
        em.find(OnboardingBatch.class, id).fail(reason);
    }

    /** How many of the batch's centers are in each state. */
    public Map<String, Long> centers(UUID id) {
        Map<String, Long> counts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.status, count(*) from platform.onboarding_row r"
                        + " join platform.tenant t on t.code = r.code where r.batch_id = ?1 group by t.status")
                .setParameter(1, id)
                .getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The status and failure reason of each center of the batch, by code. */
    public Map<String, String[]> centerStates(UUID id) {
        Map<String, String[]> states = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select t.code, t.status, t.failure_reason from platform.onboarding_row r"
                                + " join platform.tenant t on t.code = r.code where r.batch_id = ?1")
                .setParameter(1, id)
                .getResultList();
        rows.forEach(row -> states.put((String) row[0], new String[] {(String) row[1], (String) row[2]}));
        return states;
    }
}
