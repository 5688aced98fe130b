package org.onedoor.cases.casefiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.calendar.entity.Deadline;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.security.entity.Actor;

/**
 * One step a case's path requires (issue #15.3): kept from the rule in force when the case opened,
 * due by {@code dueAt} on the center's working calendar, done once (a consultation) or again and
 * again (visits, each due within the limit of the last).
 */
@Embeddable
public class CaseRequirement {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequirementKind kind;

    @Column(nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LimitUnit unit;

    @Column(name = "set_in")
    private String setIn;

    @Column(name = "effective_from", nullable = false)
    private OffsetDateTime effectiveFrom;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "asked_of")
    private String askedOf;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_by_name")
    private String doneByName;

    @Column(name = "detail")
    private String detail;

    protected CaseRequirement() {}

    /** The step {@code kind} under {@code rule}, due within its limit of {@code from}. */
    static CaseRequirement of(RequirementKind kind, RuleInForce rule, OffsetDateTime from, Calendar calendar) {
        CaseRequirement step = new CaseRequirement();
        step.kind = kind;
        step.keep(rule);
        step.dueAt = dueAfter(step.limit(), from.toInstant(), calendar);
        return step;
    }

    /** After a regrade: the new grade's rule for this step; what was done stays done. */
    void keep(RuleInForce rule, OffsetDateTime from, Calendar calendar) {
        keep(rule);
        // a visit's rhythm runs from the last visit; a consultation's limit from the opening
        OffsetDateTime since = kind == RequirementKind.VISIT && doneAt != null ? doneAt : from;
        dueAt = dueAfter(limit(), since.toInstant(), calendar);
    }

    private void keep(RuleInForce rule) {
        amount = rule.limit().amount();
        unit = rule.limit().unit();
        setIn = rule.setIn();
        effectiveFrom = OffsetDateTime.ofInstant(rule.effectiveFrom(), ZoneOffset.UTC);
    }

    /** The consultation was asked of {@code district}; asking again is refused until it answers. */
    void askedOf(String district, Instant now) {
        if (kind != RequirementKind.CONSULT) {
            throw new IllegalStateException("only a consultation is asked for");
        }
        if (doneAt != null) {
            throw CaseActionRefusedException.stepDone(kind);
        }
        if (requestedAt != null) {
            throw CaseActionRefusedException.consultationPending(askedOf);
        }
        requestedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        askedOf = district;
    }

    /** A visit was made: the next is due within the limit of this one. */
    void visited(String note, Actor by, Instant at, Calendar calendar) {
        done(note, by, at);
        dueAt = dueAfter(limit(), at, calendar);
    }

    private void done(String note, Actor by, Instant at) {
        doneAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        doneBy = by.username();
        doneByName = by.name();
        detail = note;
    }

    /** Whether the case may not conclude yet because of this step. */
    public boolean isOutstanding() {
        return kind.isBeforeConclusion() && doneAt == null;
    }

    private Limit limit() {
        return Limit.of(amount, unit);
    }

    private static OffsetDateTime dueAfter(Limit limit, Instant from, Calendar calendar) {
        return OffsetDateTime.ofInstant(Deadline.after(limit, 0, from, calendar).endsAt(), ZoneOffset.UTC);
    }

    public RequirementKind kind() {
        return kind;
    }

    public int amount() {
        return amount;
    }

    public LimitUnit unit() {
        return unit;
    }

    public String setIn() {
        return setIn;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public String askedOf() {
        return askedOf;
    }

    public OffsetDateTime doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public String doneByName() {
        return doneByName;
    }

    public String detail() {
        return detail;
    }
}
