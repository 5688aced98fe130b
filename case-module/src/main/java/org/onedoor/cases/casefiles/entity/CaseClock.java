package org.onedoor.cases.casefiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.calendar.entity.Deadline;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * The clock of one case (issue #15.5): the time limit it kept from the rule in force when it opened,
 * counted from registration on its center's working calendar; the deadline, moved by extensions
 * (延期) and by the time spent suspended (中止); when it turns yellow; and its mark. The deadline pass
 * moves the mark along in SQL (exactly once across instances); everything else changes it here.
 */
@Embeddable
public class CaseClock {

    /** At most this many days are looked back for the day a case turns yellow. */
    private static final int LOOK_BACK_DAYS = 400;

    @Column(name = "limit_amount")
    private Integer amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit")
    private LimitUnit unit;

    @Column(name = "limit_max_extensions")
    private Integer maxExtensions;

    @Column(name = "limit_extension_amount")
    private Integer extensionAmount;

    @Column(name = "limit_set_in")
    private String setIn;

    @Column(name = "limit_effective_from")
    private OffsetDateTime effectiveFrom;

    @Column(name = "clock_started_at")
    private OffsetDateTime startedAt;

    @Column(nullable = false)
    private int extensions;

    @Column(name = "suspended_at")
    private OffsetDateTime suspendedAt;

    @Column(name = "suspended_seconds", nullable = false)
    private long suspendedSeconds;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "due_day")
    private LocalDate dueDay;

    @Column(name = "warn_at")
    private OffsetDateTime warnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_mark", nullable = false)
    private ClockMark mark = ClockMark.NONE;

    @Column(name = "concluded_at")
    private OffsetDateTime concludedAt;

    protected CaseClock() {}

    /** No time limit applies. */
    static CaseClock none() {
        return new CaseClock();
    }

    /**
     * A clock started at {@code from} (the registration) under {@code rule}; it turns yellow
     * {@code warnDays} working days before the deadline, never before half the time has passed.
     */
    static CaseClock started(RuleInForce rule, OffsetDateTime from, Calendar calendar, int warnDays) {
        CaseClock clock = new CaseClock();
        clock.keep(rule);
        clock.startedAt = from;
        clock.mark = ClockMark.ON_TIME;
        clock.reckon(calendar, warnDays);
        return clock;
    }

    /**
     * The case was regraded: the rule of its new grade (in force when it opened) replaces the old one;
     * extensions granted stay granted as far as the new rule allows.
     */
    void regraded(RuleInForce rule, Calendar calendar, int warnDays, Instant now) {
        if (startedAt == null) {
            return;
        }
        keep(rule);
        extensions = Math.min(extensions, maxExtensions);
        reckon(calendar, warnDays);
        rewind(now);
    }

    /** One more extension; the deadline moves and the mark follows it. The previous deadline is answered. */
    OffsetDateTime extend(Calendar calendar, int warnDays, Instant now) {
        if (!isRunning()) {
            throw CaseActionRefusedException.clockNotRunning();
        }
        if (extensions >= maxExtensions) {
            throw CaseActionRefusedException.noExtensionLeft(maxExtensions);
        }
        OffsetDateTime before = dueAt;
        extensions++;
        reckon(calendar, warnDays);
        rewind(now);
        return before;
    }

    void suspend(Instant now) {
        if (!isRunning()) {
            throw CaseActionRefusedException.clockNotRunning();
        }
        if (suspendedAt != null) {
            throw CaseActionRefusedException.alreadySuspended();
        }
        suspendedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** The clock runs again; the deadline moves by the time it stood (working time, or calendar time for calendar days). */
    OffsetDateTime resume(Calendar calendar, int warnDays, Instant now) {
        if (suspendedAt == null) {
            throw CaseActionRefusedException.notSuspended();
        }
        Instant from = suspendedAt.toInstant();
        Duration stood = unit == LimitUnit.CALENDAR_DAYS
                ? Duration.between(from, now)
                : calendar.workingTimeBetween(from, now).value();
        OffsetDateTime before = dueAt;
        suspendedSeconds += Math.max(0, stood.toSeconds());
        suspendedAt = null;
        reckon(calendar, warnDays);
        rewind(now);
        return before;
    }

    /**
     * Resolved or referred: the clock stops, met or late. A suspended clock stood still since its
     * suspension, so that instant is what is judged.
     */
    void conclude(Instant now) {
        concludedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        if (startedAt != null) {
            Instant counted = suspendedAt == null ? now : suspendedAt.toInstant();
            mark = counted.isAfter(dueAt.toInstant()) ? ClockMark.LATE : ClockMark.MET;
        }
    }

    private void keep(RuleInForce rule) {
        Limit limit = rule.limit();
        amount = limit.amount();
        unit = limit.unit();
        maxExtensions = limit.maxExtensions();
        extensionAmount = limit.extensionAmount();
        setIn = rule.setIn();
        effectiveFrom = OffsetDateTime.ofInstant(rule.effectiveFrom(), ZoneOffset.UTC);
    }

    /** Deadline and yellow instant from the limit, the extensions and the time spent suspended. */
    private void reckon(Calendar calendar, int warnDays) {
        Instant start = startedAt.toInstant();
        Deadline base = Deadline.after(limit(), extensions, start, calendar);
        Duration stood = Duration.ofSeconds(suspendedSeconds);
        Instant due = stood.isZero()
                ? base.endsAt()
                : unit == LimitUnit.CALENDAR_DAYS
                        ? base.endsAt().plus(stood)
                        : calendar.workingHoursAfter(base.endsAt(), stood).value();
        dueAt = OffsetDateTime.ofInstant(due, ZoneOffset.UTC);
        dueDay = due.atZone(CenterTime.zone()).toLocalDate();
        warnAt = OffsetDateTime.ofInstant(warning(start, due, calendar, warnDays), ZoneOffset.UTC);
    }

    /**
     * The start of the day {@code warnDays} working days before the deadline's (its own day counts
     * as the first), but not before half of the time has passed: a same-day case is not yellow at once.
     */
    private static Instant warning(Instant start, Instant due, Calendar calendar, int warnDays) {
        // the deadline's day is the one it ends: a limit in calendar days ends at midnight, which
        // belongs to the day before
        LocalDate day = due.minusNanos(1).atZone(CenterTime.zone()).toLocalDate();
        int left = Math.max(1, warnDays);
        for (int i = 0; i < LOOK_BACK_DAYS && left > 0; i++, day = day.minusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                left--;
                if (left == 0) {
                    break;
                }
            }
        }
        Instant dayStart = day.atStartOfDay(CenterTime.zone()).toInstant();
        Instant half = start.plus(Duration.between(start, due).dividedBy(2));
        return dayStart.isAfter(half) ? dayStart : half;
    }

    /** After the deadline moved: the mark says again what the deadline says now. */
    private void rewind(Instant now) {
        if (!isRunning()) {
            return;
        }
        mark = !now.isBefore(dueAt.toInstant())
                ? ClockMark.OVERDUE
                : !now.isBefore(warnAt.toInstant()) ? ClockMark.DUE_SOON : ClockMark.ON_TIME;
    }

    public boolean isRunning() {
        return mark.isRunning();
    }

    public Optional<Limit> optionalLimit() {
        return startedAt == null ? Optional.empty() : Optional.of(limit());
    }

    private Limit limit() {
        return Limit.of(amount, unit, maxExtensions, extensionAmount);
    }

    public ClockMark mark() {
        return mark;
    }

    public String setIn() {
        return setIn;
    }

    public OffsetDateTime effectiveFrom() {
        return effectiveFrom;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public int extensions() {
        return extensions;
    }

    public OffsetDateTime suspendedAt() {
        return suspendedAt;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public LocalDate dueDay() {
        return dueDay;
    }

    public OffsetDateTime warnAt() {
        return warnAt;
    }

    public OffsetDateTime concludedAt() {
        return concludedAt;
    }
}
