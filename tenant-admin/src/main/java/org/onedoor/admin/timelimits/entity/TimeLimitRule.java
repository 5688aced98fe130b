package org.onedoor.admin.timelimits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.onedoor.admin.categories.entity.Category;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;

/**
 * One version of a time limit in this center's table: a default every center starts from, or one the
 * center set itself. A version is never updated, only superseded — once, when the center sets a new
 * limit for the key or removes its own — so a case keeps the limit it opened under.
 */
@Entity
@Table(name = "time_limit_rule")
public class TimeLimitRule {

    public static final int ENUM_LENGTH = 20;

    public enum Origin {
        DEFAULT,
        OWN
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Milestone milestone;

    /** A category code or {@value RuleKey#ANY}. */
    @Column(nullable = false, length = Category.CODE_LENGTH)
    private String category;

    /** A grade or {@value RuleKey#ANY}. */
    @Column(nullable = false, length = ENUM_LENGTH)
    private String grade;

    /** A channel or {@value RuleKey#ANY}. */
    @Column(nullable = false, length = ENUM_LENGTH)
    private String channel;

    @Column(nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ENUM_LENGTH)
    private LimitUnit unit;

    @Column(name = "max_extensions", nullable = false)
    private int maxExtensions;

    @Column(name = "extension_amount", nullable = false)
    private int extensionAmount;

    @Column(name = "effective_from", nullable = false)
    private OffsetDateTime effectiveFrom;

    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "superseded_by")
    private String supersededBy;

    protected TimeLimitRule() {}

    /** A limit of the center's own for {@code key}, in force from {@code from}. */
    public static TimeLimitRule own(RuleKey key, Limit limit, Instant from, String actor) {
        Objects.requireNonNull(key, "A key is required.");
        Objects.requireNonNull(limit, "A limit is required.");
        TimeLimitRule rule = new TimeLimitRule();
        rule.id = UUID.randomUUID();
        rule.origin = Origin.OWN;
        rule.milestone = key.milestone();
        rule.category = key.category();
        rule.grade = key.gradeText();
        rule.channel = key.channelText();
        rule.amount = limit.amount();
        rule.unit = limit.unit();
        rule.maxExtensions = limit.maxExtensions();
        rule.extensionAmount = limit.extensionAmount();
        rule.effectiveFrom = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        rule.setBy = Objects.requireNonNull(actor, "An actor is required.");
        return rule;
    }

    /** Ends this version at {@code at}: a new one takes over, or the inherited rule applies again. */
    public void supersede(Instant at, String actor) {
        if (supersededAt != null) {
            throw new IllegalStateException("A version is superseded only once.");
        }
        if (at.isBefore(effectiveFrom.toInstant())) {
            throw new IllegalArgumentException("A version is superseded after it comes into force.");
        }
        supersededAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        supersededBy = Objects.requireNonNull(actor, "An actor is required.");
    }

    public Limit limit() {
        return new Limit(amount, unit, maxExtensions, extensionAmount);
    }

    public Instant effectiveFrom() {
        return effectiveFrom.toInstant();
    }
}
