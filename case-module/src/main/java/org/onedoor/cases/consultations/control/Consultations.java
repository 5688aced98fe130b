package org.onedoor.cases.consultations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.onedoor.cases.casefiles.control.CaseFiles;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.casefiles.entity.RequirementKind;
import org.onedoor.cases.consultations.entity.Consultation;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.tenancy.control.CenterTree;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/**
 * The district's consultation (提级会诊, issue #15.3): a street or community asks its district about
 * a case its path requires it for; the district's staff read what is asked in their own list and
 * record their opinion, which lands in the asking center's case file — the step done, the opinion on
 * the timeline — in the same transaction. Both writes across schemas go through SQL on the schema the
 * registry names, as escalation's do (ADR 0010).
 */
@ApplicationScoped
@Transactional
public class Consultations {

    private static final String SCHEMA = "[a-z][a-z0-9_]{0,62}";

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    TenantScope tenantScope;

    @Inject
    CenterTree tree;

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseViews views;

    /** A consultation as the district lists it. */
    public record ConsultationView(
            UUID id,
            UUID caseId,
            String fromCenter,
            String caseNumber,
            String categoryName,
            String grade,
            String description,
            String question,
            OffsetDateTime requestedAt,
            String requestedBy,
            String opinion,
            OffsetDateTime answeredAt,
            String answeredBy) {

        static ConsultationView of(Consultation c) {
            return new ConsultationView(
                    c.id(),
                    c.caseId(),
                    c.fromCenter(),
                    c.caseNumber(),
                    c.categoryName(),
                    c.grade(),
                    c.description(),
                    c.question(),
                    c.requestedAt(),
                    c.requestedByName() == null ? c.requestedBy() : c.requestedByName(),
                    c.opinion(),
                    c.answeredAt(),
                    c.answeredByName() == null ? c.answeredBy() : c.answeredByName());
        }
    }

    /** Asks the district above {@code center} to consult on case {@code caseId}. */
    public CaseView ask(String center, UUID caseId, String question, Actor actor) {
        tenantScope.enter(center, HandlesCases.class);
        CenterTree.Node district = districtAbove(center);
        CaseFile caseFile =
                caseFiles.change(caseId, file -> file.askConsultation(center, district.code(), question, actor));
        Consultation asked = Consultation.asked(
                new Consultation.Asked(
                        caseFile.id(),
                        center,
                        caseFile.number(),
                        caseFile.categoryName(),
                        caseFile.grade().name(),
                        caseFile.description(),
                        question),
                actor);
        em.createNativeQuery("insert into " + quoted(district.center().schemaName()) + ".consultation (id, case_id,"
                        + " from_center, case_number, category_name, grade, description, question, requested_at,"
                        + " requested_by, requested_by_name) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                        + " cast(?11 as varchar))")
                .setParameter(1, asked.id())
                .setParameter(2, asked.caseId())
                .setParameter(3, asked.fromCenter())
                .setParameter(4, asked.caseNumber())
                .setParameter(5, asked.categoryName())
                .setParameter(6, asked.grade())
                .setParameter(7, asked.description())
                .setParameter(8, asked.question())
                .setParameter(9, asked.requestedAt())
                .setParameter(10, asked.requestedBy())
                .setParameter(11, asked.requestedByName())
                .executeUpdate();
        return views.of(caseFile);
    }

    /** The consultations asked of district {@code district}, newest first; open ones only if asked. */
    public Page<ConsultationView> list(String district, boolean openOnly, PageRequest page) {
        tenantScope.enter(district, HandlesCases.class);
        String where = openOnly ? " where c.answeredAt is null" : "";
        List<Consultation> found = em.createQuery(
                        "select c from Consultation c" + where + " order by c.requestedAt desc, c.id",
                        Consultation.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(c) from Consultation c" + where, Long.class)
                .getSingleResult();
        return Page.of(found.stream().map(ConsultationView::of).toList(), page, total);
    }

    /** Records the district's opinion, and writes it into the asking center's case file. */
    public ConsultationView answer(String district, UUID id, String opinion, Actor actor) {
        tenantScope.enter(district, HandlesCases.class);
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw new NotFoundException("consultation.not-found", id);
        }
        consultation.answer(opinion, actor);
        em.flush();
        String asking = quoted(tenantScope
                .find(consultation.fromCenter())
                .orElseThrow(() -> new ConflictException("consultation.center-gone", consultation.fromCenter()))
                .schemaName());
        OffsetDateTime at = consultation.answeredAt().withOffsetSameInstant(ZoneOffset.UTC);
        em.createNativeQuery("update " + asking + ".case_requirement set done_at = ?1, done_by = ?2,"
                        + " done_by_name = cast(?3 as varchar), detail = ?4 where case_id = ?5 and kind = '"
                        + RequirementKind.CONSULT + "' and done_at is null")
                .setParameter(1, at)
                .setParameter(2, actor.username())
                .setParameter(3, actor.name())
                .setParameter(4, opinion)
                .setParameter(5, consultation.caseId())
                .executeUpdate();
        em.createNativeQuery("update " + asking + ".case_file set version = version + 1 where id = ?1")
                .setParameter(1, consultation.caseId())
                .executeUpdate();
        em.createNativeQuery("insert into " + asking + ".case_event (id, case_id, at, actor, center_code, action,"
                        + " detail, grade, actor_name) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as varchar))")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, consultation.caseId())
                .setParameter(3, at)
                .setParameter(4, actor.username())
                .setParameter(5, district)
                .setParameter(6, CaseAction.CONSULTED.name())
                .setParameter(7, opinion)
                .setParameter(8, consultation.grade())
                .setParameter(9, actor.name())
                .executeUpdate();
        return ConsultationView.of(consultation);
    }

    /** The open district above {@code center}, which its consultations are asked of. */
    private CenterTree.Node districtAbove(String center) {
        return tree.ancestors(center).stream()
                .filter(node -> node.center().level() == TenantLevel.DISTRICT)
                .filter(node -> node.center().status() == TenantStatus.ACTIVE)
                .findFirst()
                .orElseThrow(() -> new ConflictException("consultation.no-district", center));
    }

    private static String quoted(String schema) {
        if (!schema.matches(SCHEMA)) {
            throw new IllegalStateException("unexpected schema name " + schema);
        }
        return "\"" + schema + "\"";
    }
}
