package org.onedoor.reception.matters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.privacy.entity.NationalId;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.reception.matters.entity.Matter;
import org.onedoor.reception.matters.entity.MatterState;
import org.onedoor.reception.matters.entity.Room;

/**
 * Registration (挂号) and dispatch (派单) at the front desk, in the center bound to the transaction.
 * The center's rules — its categories, open rooms and routing — come from the administration module,
 * the case file from the case module: callers fetch and call them, this only keeps the matter.
 */
@ApplicationScoped
public class Registration {

    @PersistenceContext(unitName = "reception")
    EntityManager em;

    @Inject
    Tickets tickets;

    /** Registers the matter with the day's next ticket; nothing is kept when any rule is broken. */
    public Matter register(IntakeConfiguration rules, UUID id, NewMatter request, Actor registrar) {
        List<Violation> violations = new ArrayList<>();
        String categoryName = rules.categoryName(request.categoryCode()).orElse(null);
        if (categoryName == null) {
            violations.add(new Violation("categoryCode", "matter.category.unknown", request.categoryCode()));
        }
        Room chosen = null;
        if (request.roomId() != null) {
            chosen = rules.room(request.roomId()).orElse(null);
            if (chosen == null) {
                violations.add(new Violation("roomId", "matter.room.unknown", request.roomId()));
            }
        }
        checkParties(request.parties(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Room suggested = rules.routeFor(request.categoryCode()).orElse(null);
        Matter matter = Matter.register(
                id,
                tickets.next(),
                request.categoryCode(),
                categoryName,
                request.channel(),
                request.description().strip(),
                request.riskLevel(),
                request.grade(),
                suggested,
                chosen != null ? chosen : suggested,
                request.externalReference(),
                registrar);
        for (NewMatter.NewParty party : request.parties()) {
            matter.addParty(
                    party.role(),
                    party.name().strip(),
                    NationalId.parse(party.idNumber()).map(NationalId::value).orElse(null),
                    blankToNull(party.phone()),
                    blankToNull(party.address()));
        }
        em.persist(matter);
        return matter;
    }

    /**
     * Readies the matter for dispatch: to room {@code roomId} of {@code rules} when it names one, else
     * to the room chosen at registration, which it must have. A matter already dispatched stays as it is.
     */
    public Matter route(UUID matterId, IntakeConfiguration rules, UUID roomId) {
        Matter matter = get(matterId);
        if (matter.isDispatched()) {
            return matter;
        }
        if (roomId != null) {
            matter.sendTo(rules.room(roomId)
                    .orElseThrow(() -> new InvalidInputException("roomId", "matter.room.unknown", roomId)));
        }
        matter.room().orElseThrow(() -> new InvalidInputException("roomId", "matter.room.required"));
        return matter;
    }

    /** Records that the case module opened the matter's case file; a second report changes nothing. */
    public Matter dispatched(UUID matterId, CaseFiles.Opened opened, String actor) {
        Matter matter = get(matterId);
        if (!matter.isDispatched()) {
            matter.dispatched(opened.id(), opened.number(), actor);
        }
        return matter;
    }

    public Optional<Matter> find(UUID id) {
        return Optional.ofNullable(em.find(Matter.class, id));
    }

    public Matter get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("matter.not-found", id));
    }

    /** The matters registered on {@code day} (their tickets' day), in {@code state} if given, newest first. */
    public Page<Matter> registeredOn(LocalDate day, MatterState state, PageRequest page) {
        String where = " where m.ticketDay = :day" + (state == null ? "" : " and m.state = :state");
        TypedQuery<Matter> rows =
                em.createQuery("select m from Matter m" + where + " order by m.registeredAt desc, m.id", Matter.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from Matter m" + where, Long.class);
        rows.setParameter("day", day);
        count.setParameter("day", day);
        if (state != null) {
            rows.setParameter("state", state);
            count.setParameter("state", state);
        }
        return Page.of(
                rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page,
                count.getSingleResult());
    }

    /** The center's matters of the day (the hall display's). */
    public List<Matter> today() {
        return em.createQuery(
                        "select m from Matter m where m.ticketDay = :day order by m.registeredAt desc", Matter.class)
                .setParameter("day", tickets.today())
                .getResultList();
    }

    private static void checkParties(List<NewMatter.NewParty> parties, List<Violation> violations) {
        boolean applicant = false;
        for (int i = 0; i < parties.size(); i++) {
            NewMatter.NewParty party = parties.get(i);
            applicant |= party.role() == PartyRole.APPLICANT;
            if (party.idNumber() != null
                    && !party.idNumber().isBlank()
                    && !NationalId.isValid(party.idNumber().strip())) {
                violations.add(new Violation("parties[" + i + "].idNumber", "matter.id-number.invalid"));
            }
            if (party.phone() != null
                    && !party.phone().isBlank()
                    && !party.phone().strip().matches("[0-9+\\- ]{3,20}")) {
                violations.add(new Violation("parties[" + i + "].phone", "matter.phone.invalid"));
            }
        }
        if (!applicant) {
            violations.add(new Violation("parties", "matter.applicant.required"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
