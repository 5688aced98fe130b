package org.onedoor.cases.escalation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onedoor.cases.casefiles.control.CaseFiles;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.control.EscalationTrail;
import org.onedoor.cases.casefiles.entity.CaseChanged;
import org.onedoor.cases.casefiles.entity.CaseEvent;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.casefiles.entity.RequirementKind;
import org.onedoor.cases.casefiles.entity.Whereabouts;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.tenancy.control.CenterTree;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/**
 * Escalation (提级) to the parent center: in one transaction the whole case file — parties,
 * sessions, timeline — is copied with the same ids into the parent's schema, where it waits for the
 * parent's staff; the copy here becomes read-only and remembers where the case went. The first
 * receiver (首接负责制) follows it with {@link #follow}.
 */
@ApplicationScoped
public class Escalation implements EscalationTrail {

    private static final String SCHEMA = "[a-z][a-z0-9_]{0,62}";
    /** What the parent's copy does not take over from the case file: it starts afresh there. */
    private static final Set<String> RESET = Set.of(
            "id",
            "state",
            "room_id",
            "room_name",
            "escalated_to",
            "version",
            "clock_mark",
            "assignee",
            "assignee_name");

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CenterTree tree;

    @Inject
    TenantScope tenantScope;

    @Inject
    CaseFiles caseFiles;

    @Inject
    CaseViews views;

    @Inject
    Event<CaseChanged> changed;

    /** Escalates case {@code id} of {@code center} by its handlers: one transaction, both schemas. */
    @Transactional
    public CaseView escalate(String center, UUID id, String reason, Actor actor) {
        tenantScope.enter(center, HandlesCases.class);
        return views.of(moveUp(center, id, reason, actor));
    }

    private CaseFile moveUp(String center, UUID id, String reason, Actor actor) {
        CaseFile caseFile = caseFiles.get(id);
        Parent parent = parentOf(center).orElseThrow(() -> new ConflictException("case.no-parent", center));
        int known = caseFile.timeline().size();
        caseFile.escalateTo(center, parent.code(), reason, actor);
        em.flush();
        String target = quoted(parent.schema());
        String copied = String.join(", ", columnsOf("case_file", RESET));
        // the deadline goes up with the case (the resident waits from registration); the parent's next
        // deadline pass marks it there afresh, so its own leaders are reminded
        em.createNativeQuery("insert into " + target + ".case_file (id, state, room_id, room_name, escalated_to,"
                        + " clock_mark, " + copied + ") select id, '" + CaseState.DISPATCHED + "', null, null, null,"
                        + " case when due_at is null then 'NONE' else 'ON_TIME' end, " + copied
                        + " from case_file where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        for (String table :
                List.of("case_party", "case_session", "case_session_participant", "case_event", "case_requirement")) {
            String columns = String.join(", ", columnsOf(table, Set.of()));
            em.createNativeQuery("insert into " + target + "." + table + " (" + columns + ") select " + columns
                            + " from " + table + " where case_id = ?1")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        if (!TenantLevel.DISTRICT.isAbove(
                DivisionCode.parse(parent.code()).orElseThrow().level())) {
            // handled at the district now: the consultation the path asked of it happens there
            em.createNativeQuery("update " + target + ".case_requirement set done_at = now(), done_by = ?1,"
                            + " detail = ?2 where case_id = ?3 and kind = '" + RequirementKind.CONSULT
                            + "' and done_at is null")
                    .setParameter(1, actor.username())
                    .setParameter(2, parent.code() + ": " + reason)
                    .setParameter(3, id)
                    .executeUpdate();
        }
        CaseEvent arrival = caseFile.arrivalAt(parent.code(), center + ": " + reason, actor);
        em.createNativeQuery("insert into " + target + ".case_event (id, case_id, at, actor, center_code, action,"
                        + " detail, grade, actor_name) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as varchar))")
                .setParameter(1, arrival.id())
                .setParameter(2, id)
                .setParameter(3, arrival.at())
                .setParameter(4, arrival.actor())
                .setParameter(5, arrival.centerCode())
                .setParameter(6, arrival.action().name())
                .setParameter(7, arrival.detail())
                .setParameter(8, arrival.grade().name())
                .setParameter(9, arrival.actedBy().name())
                .executeUpdate();
        List<CaseEvent> happened =
                new ArrayList<>(CaseChanged.since(caseFile, known).happened());
        happened.add(arrival);
        changed.fire(new CaseChanged(caseFile, happened));
        return caseFile;
    }

    /** Follows the case up the chain of escalations to where it is handled now. */
    @Override
    public Whereabouts follow(CaseFile caseFile) {
        String center = caseFile.escalatedTo();
        UUID id = caseFile.id();
        for (int hops = 0; center != null && hops < 6; hops++) {
            String schema = schemaOf(center).orElse(null);
            if (schema == null) {
                break;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select state, escalated_to, referral_to is not null" + " from "
                            + quoted(schema) + ".case_file where id = ?1")
                    .setParameter(1, id)
                    .getResultList();
            Object[] row = rows.isEmpty() ? null : rows.get(0);
            if (row == null) {
                break;
            }
            if (row[1] == null) {
                return new Whereabouts(center, (String) row[0], outcome((String) row[0], (Boolean) row[2]));
            }
            center = (String) row[1];
        }
        return new Whereabouts(caseFile.escalatedTo(), null, null);
    }

    /** How a case that stands in {@code state} ended: resolved, not resolved (referred), or not yet. */
    static String outcome(String state, boolean referred) {
        return switch (CaseState.valueOf(state)) {
            case RESOLVED, NOT_RESOLVED -> state;
            case FOLLOWED_UP, CLOSED -> (referred ? CaseState.NOT_RESOLVED : CaseState.RESOLVED).name();
            case DISPATCHED, ACCEPTED, ESCALATED -> null;
        };
    }

    private record Parent(String code, String schema) {}

    /** The open center directly above {@code center}. */
    private Optional<Parent> parentOf(String center) {
        return tree.parent(center)
                .filter(parent -> parent.center().status() == TenantStatus.ACTIVE)
                .map(parent -> new Parent(parent.code(), parent.center().schemaName()));
    }

    private Optional<String> schemaOf(String center) {
        return tenantScope.find(center).map(found -> found.schemaName());
    }

    /**
     * The columns of {@code table} in this center's schema, from the database's own catalog: a column
     * a migration adds is copied on escalation without anyone remembering to list it here.
     */
    private List<String> columnsOf(String table, Set<String> except) {
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("select column_name from information_schema.columns"
                        + " where table_schema = current_schema() and table_name = ?1 order by ordinal_position")
                .setParameter(1, table)
                .getResultList();
        if (columns.isEmpty()) {
            throw new IllegalStateException("no table " + table + " in the center's schema");
        }
        return columns.stream().filter(column -> !except.contains(column)).toList();
    }

    private static String quoted(String schema) {
        if (!schema.matches(SCHEMA)) {
            throw new IllegalStateException("unexpected schema name " + schema);
        }
        return "\"" + schema + "\"";
    }
}
