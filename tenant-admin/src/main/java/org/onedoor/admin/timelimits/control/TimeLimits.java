package org.onedoor.admin.timelimits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.onedoor.admin.categories.control.Dictionary;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.admin.timelimits.entity.EffectiveRule;
import org.onedoor.admin.timelimits.entity.Milestone;
import org.onedoor.admin.timelimits.entity.Rule;
import org.onedoor.admin.timelimits.entity.RuleInput;
import org.onedoor.admin.timelimits.entity.RuleKey;
import org.onedoor.admin.timelimits.entity.TimeLimitPolicy;
import org.onedoor.admin.timelimits.entity.TimeLimitRule;
import org.onedoor.platform.calendar.control.WorkingCalendar;
import org.onedoor.platform.calendar.entity.Deadline;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.tenancy.control.CenterTree;

/**
 * The time limits of the center bound to the transaction (issue #15.2, ADR 0026): the defaults, what
 * its ancestors set (inherited, read from their schemas as the category dictionary does), what it set
 * itself. Setting or removing a limit supersedes the version in force and inserts the new one in the
 * same transaction; resolving at an instant answers the version in force then, so a case keeps the
 * limit it opened under.
 */
@ApplicationScoped
public class TimeLimits {

    private static final String SCHEMA = "[a-z][a-z0-9_]{0,62}";
    private static final String COLUMNS = "origin, milestone, category, grade, channel, amount, unit,"
            + " max_extensions, extension_amount, effective_from, superseded_at";

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    @Inject
    CenterTree tree;

    @Inject
    Dictionary dictionary;

    @Inject
    WorkingCalendar calendar;

    Clock clock = Clock.systemUTC();

    /**
     * Now, to the microsecond: PostgreSQL keeps timestamps in microseconds and rounds finer ones, so
     * a rule stored "from now" with nanoseconds could begin after the now it was read back at.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Every key's rule in force at {@code at}, with its origin. */
    public List<EffectiveRule> effective(String center, Instant at) {
        // the categories' parents matter only to resolve a case
        return policy(center, List.of()).effective(at);
    }

    /**
     * Sets the center's own limit for a key, from now on: the version in force (if any) is superseded
     * and the new one inserted; the same limit again changes nothing.
     */
    public EffectiveRule set(String center, RuleKey.Draft key, Limit.Draft limit, String actor) {
        RuleInput.Valid rule = RuleInput.rule(key, limit, knownCategories(center));
        Optional<TimeLimitRule> current = ownInForce(rule.key());
        Instant now = after(current);
        if (current.isEmpty() || !current.get().limit().equals(rule.limit())) {
            current.ifPresent(version -> version.supersede(now, actor));
            em.persist(TimeLimitRule.own(rule.key(), rule.limit(), now, actor));
            flush(rule.key());
        }
        return effective(center, now).stream()
                .filter(effective -> effective.key().equals(rule.key()))
                .findFirst()
                .orElseThrow();
    }

    /** Removes the center's own limit for a key: from now on the inherited one (or the default) applies. */
    public void remove(String center, RuleKey.Draft key, String actor) {
        RuleKey parsed = RuleInput.ruleKey(key, knownCategories(center));
        TimeLimitRule current =
                ownInForce(parsed).orElseThrow(() -> new NotFoundException("time-limit.not-own", parsed.toString()));
        current.supersede(after(Optional.of(current)), actor);
        flush(parsed);
    }

    /**
     * Now, read once the version in force is locked; never before that version began, should this
     * instance's clock lag behind the one that wrote it.
     */
    private Instant after(Optional<TimeLimitRule> current) {
        Instant now = now();
        return current.map(TimeLimitRule::effectiveFrom)
                .filter(from -> from.isAfter(now))
                .orElse(now);
    }

    /** The rule a case of {@code key} opened at {@code at} keeps; none when no rule applies to it. */
    public Optional<EffectiveRule> resolve(String center, RuleKey.Draft key, Instant at) {
        List<DictionaryEntry> categories = dictionary.of(center);
        RuleKey caseKey = RuleInput.caseKey(key, codes(categories)::contains);
        return policy(center, categories).resolve(caseKey, at);
    }

    /** The deadline of a case of {@code key} opened at {@code openedAt}, on the center's calendar. */
    public Optional<Deadline> deadline(String center, RuleKey.Draft key, Instant openedAt) {
        return resolve(center, key, openedAt).map(rule -> deadline(center, rule.limit(), 0, openedAt));
    }

    /** The deadline of {@code limit} from {@code openedAt} after {@code extensions}, on the center's calendar. */
    public Deadline deadline(String center, Limit limit, int extensions, Instant openedAt) {
        return Deadline.after(limit, extensions, openedAt, calendar.of(center));
    }

    private Predicate<String> knownCategories(String center) {
        return codes(dictionary.of(center))::contains;
    }

    private static Set<String> codes(List<DictionaryEntry> categories) {
        return categories.stream().map(DictionaryEntry::code).collect(Collectors.toSet());
    }

    private Optional<TimeLimitRule> ownInForce(RuleKey key) {
        // locked: of two administrators saving the same key at once, the second sees the first's version
        return em.createQuery(
                        "select r from TimeLimitRule r where r.origin = :origin and r.milestone = :milestone"
                                + " and r.category = :category and r.grade = :grade and r.channel = :channel"
                                + " and r.supersededAt is null",
                        TimeLimitRule.class)
                .setParameter("origin", TimeLimitRule.Origin.OWN)
                .setParameter("milestone", key.milestone())
                .setParameter("category", key.category())
                .setParameter("grade", key.gradeText())
                .setParameter("channel", key.channelText())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Writes now: a version inserted at the same time by someone else breaks the unique index here. */
    private void flush(RuleKey key) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("time-limit.changed", key.toString());
        }
    }

    private TimeLimitPolicy policy(String center, List<DictionaryEntry> categories) {
        List<Rule> defaults = new ArrayList<>();
        List<Rule> own = new ArrayList<>();
        for (Object[] row : rows("time_limit_rule", "")) {
            (TimeLimitRule.Origin.OWN.name().equals(row[0]) ? own : defaults).add(rule(row));
        }
        List<TimeLimitPolicy.Inherited> ancestors = new ArrayList<>();
        for (CenterTree.Node ancestor : tree.ancestors(center)) {
            String schema = ancestor.center().schemaName();
            if (!schema.matches(SCHEMA)) {
                throw new IllegalStateException("unexpected schema name " + schema);
            }
            if (hasRules(schema)) {
                ancestors.add(new TimeLimitPolicy.Inherited(
                        ancestor.code(),
                        rows("\"" + schema + "\".time_limit_rule", " where origin = 'OWN'").stream()
                                .map(TimeLimits::rule)
                                .toList()));
            }
        }
        Map<String, String> parents = new HashMap<>();
        categories.stream()
                .filter(entry -> entry.parentCode() != null)
                .forEach(entry -> parents.put(entry.code(), entry.parentCode()));
        return new TimeLimitPolicy(defaults, ancestors, own, parents);
    }

    /** Provinces and cities have no tables of their own yet: no rules. */
    private boolean hasRules(String schema) {
        return ((Number) em.createNativeQuery("select count(*) from information_schema.tables"
                                        + " where table_schema = ?1 and table_name = 'time_limit_rule'")
                                .setParameter(1, schema)
                                .getSingleResult())
                        .intValue()
                > 0;
    }

    /** Every version, history included: a center changes its limits a few times a year. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String table, String where) {
        return em.createNativeQuery("select " + COLUMNS + " from " + table + where)
                .getResultList();
    }

    static Rule rule(Object[] row) {
        RuleKey key = new RuleKey(
                Milestone.valueOf((String) row[1]),
                (String) row[2],
                RuleKey.ANY.equals(row[3]) ? null : Grade.valueOf((String) row[3]),
                RuleKey.ANY.equals(row[4]) ? null : Channel.valueOf((String) row[4]));
        Limit limit = new Limit(
                ((Number) row[5]).intValue(),
                LimitUnit.valueOf((String) row[6]),
                ((Number) row[7]).intValue(),
                ((Number) row[8]).intValue());
        return new Rule(key, limit, instant(row[9]), row[10] == null ? null : instant(row[10]));
    }

    /** A timestamptz as the driver hands it over. */
    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.util.Date date) { // java.sql.Timestamp
            return date.toInstant();
        }
        throw new IllegalStateException("not an instant: " + value);
    }
}
