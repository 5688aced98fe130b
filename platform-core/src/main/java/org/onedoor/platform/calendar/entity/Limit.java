package org.onedoor.platform.calendar.entity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.onedoor.platform.problems.entity.Violation;

/**
 * How long a center has to reach a milestone: an amount of a unit, and the extensions (延期) it may
 * grant, each of {@code extensionAmount} of the same unit, at most {@code maxExtensions} times.
 */
public record Limit(int amount, LimitUnit unit, int maxExtensions, int extensionAmount) {

    public static final int MAX_EXTENSIONS = 3;

    public Limit {
        Objects.requireNonNull(unit, "A unit is required.");
        if (amount < 0 || amount > unit.maxAmount()) {
            throw new IllegalArgumentException("An amount is between 0 and " + unit.maxAmount() + ": " + amount);
        }
        if (unit == LimitUnit.WORKING_HOURS && amount == 0) {
            throw new IllegalArgumentException("A limit in working hours is at least one hour.");
        }
        if (maxExtensions < 0 || maxExtensions > MAX_EXTENSIONS) {
            throw new IllegalArgumentException("At most " + MAX_EXTENSIONS + " extensions: " + maxExtensions);
        }
        if (maxExtensions == 0 ? extensionAmount != 0 : extensionAmount < 1 || extensionAmount > unit.maxAmount()) {
            throw new IllegalArgumentException("An extension amount needs extensions, and they need one.");
        }
    }

    public static Limit of(int amount, LimitUnit unit) {
        return new Limit(amount, unit, 0, 0);
    }

    public static Limit of(int amount, LimitUnit unit, int maxExtensions, int extensionAmount) {
        return new Limit(amount, unit, maxExtensions, extensionAmount);
    }

    /** The amount after {@code extensions} extensions granted. */
    public int amountAfter(int extensions) {
        if (extensions < 0 || extensions > maxExtensions) {
            throw new IllegalArgumentException("Between 0 and " + maxExtensions + " extensions: " + extensions);
        }
        return amount + extensions * extensionAmount;
    }

    /** A limit as a client sends it: the unit still text, missing numbers null, so each mistake is named. */
    public record Draft(Integer amount, String unit, Integer maxExtensions, Integer extensionAmount) {}

    /** The draft as a limit, or null with every mistake added to {@code violations}. */
    public static Limit parse(Draft draft, List<Violation> violations) {
        if (draft == null) {
            violations.add(new Violation("amount", "time-limit.amount.required"));
            return null;
        }
        int before = violations.size();
        LimitUnit unit = unitOf(draft.unit(), violations);
        Integer amount = draft.amount();
        if (amount == null) {
            violations.add(new Violation("amount", "time-limit.amount.required"));
        } else if (amount < 0) {
            violations.add(new Violation("amount", "time-limit.amount.negative", amount));
        } else if (unit != null && amount > unit.maxAmount()) {
            violations.add(new Violation("amount", "time-limit.amount.too-large", unit.maxAmount()));
        } else if (unit == LimitUnit.WORKING_HOURS && amount == 0) {
            violations.add(new Violation("amount", "time-limit.amount.hours-zero"));
        }
        int maxExtensions = Objects.requireNonNullElse(draft.maxExtensions(), 0);
        if (maxExtensions < 0 || maxExtensions > MAX_EXTENSIONS) {
            violations.add(new Violation(
                    "maxExtensions", "time-limit.extensions.out-of-range", MAX_EXTENSIONS, maxExtensions));
        }
        int extensionAmount = Objects.requireNonNullElse(draft.extensionAmount(), 0);
        if (extensionAmount < 0) {
            violations.add(new Violation("extensionAmount", "time-limit.extension-amount.negative", extensionAmount));
        } else if (unit != null && extensionAmount > unit.maxAmount()) {
            violations.add(new Violation("extensionAmount", "time-limit.extension-amount.too-large", unit.maxAmount()));
        } else if (maxExtensions > 0 && maxExtensions <= MAX_EXTENSIONS && extensionAmount == 0) {
            violations.add(new Violation("extensionAmount", "time-limit.extension-amount.required"));
        } else if (maxExtensions == 0 && extensionAmount > 0) {
            violations.add(new Violation("extensionAmount", "time-limit.extension-amount.without-extensions"));
        }
        return violations.size() > before ? null : new Limit(amount, unit, maxExtensions, extensionAmount);
    }

    private static LimitUnit unitOf(String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation("unit", "time-limit.unit.unknown", ""));
            return null;
        }
        try {
            return LimitUnit.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("unit", "time-limit.unit.unknown", text));
            return null;
        }
    }
}
