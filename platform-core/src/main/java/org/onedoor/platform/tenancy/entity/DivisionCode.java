package org.onedoor.platform.tenancy.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An administrative division code (统计用区划代码): 6 digits for a province, city or district,
 * 9 for a street or township, 12 for a community or village. It names a center and its schema.
 */
public record DivisionCode(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    public DivisionCode {
        Objects.requireNonNull(value, "A division code is required.");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a division code: " + value);
        }
    }

    /** Parses {@code text} when it is a well-formed code; empty otherwise. */
    public static Optional<DivisionCode> parse(String text) {
        return text != null && isWellFormed(text.strip())
                ? Optional.of(new DivisionCode(text.strip()))
                : Optional.empty();
    }

    /**
     * Well formed: 6, 9 or 12 digits, a province that is not 00, and no all-zero street or
     * community part (those denote the level above, not a unit).
     */
    public static boolean isWellFormed(String text) {
        if (text == null || !DIGITS.matcher(text).matches() || text.startsWith("00")) {
            return false;
        }
        if (text.length() >= 9 && text.substring(6, 9).equals("000")) {
            return false;
        }
        return text.length() != 12 || !text.substring(9, 12).equals("000");
    }

    public TenantLevel level() {
        return switch (value.length()) {
            case 9 -> TenantLevel.STREET;
            case 12 -> TenantLevel.COMMUNITY;
            default ->
                value.endsWith("0000")
                        ? TenantLevel.PROVINCE
                        : value.endsWith("00") ? TenantLevel.CITY : TenantLevel.DISTRICT;
        };
    }

    /**
     * Whether a center with this code may sit directly beneath {@code parent}: a community beneath
     * the street its first 9 digits name, a street beneath the district or county (or a city without
     * districts, as 东莞) its first 6 digits name, a city or district beneath a province or city whose
     * leading digits it repeats.
     */
    public boolean mayBeChildOf(DivisionCode parent) {
        return requiredParent()
                .map(required -> required.equals(parent) && parent.level() != TenantLevel.PROVINCE)
                .orElseGet(() -> parent.level().isAbove(level())
                        && value.startsWith(
                                parent.value().substring(0, parent.level().significantDigits())));
    }

    /** Only a province, city or district may stand at the top of a tree; streets and communities have a parent. */
    public boolean mayBeTopLevel() {
        return requiredParent().isEmpty();
    }

    /**
     * The one center a street or community belongs beneath, named by its leading digits; empty for
     * 6-digit codes, whose parent may be a province or a city.
     */
    public Optional<DivisionCode> requiredParent() {
        return switch (level()) {
            case STREET -> Optional.of(new DivisionCode(value.substring(0, 6)));
            case COMMUNITY -> Optional.of(new DivisionCode(value.substring(0, 9)));
            default -> Optional.empty();
        };
    }

    /** The schema holding this center's data. */
    public String schemaName() {
        return "t_" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
