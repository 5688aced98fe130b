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

    /** Whether a center with this code may sit directly beneath {@code parent}. */
    public boolean mayBeChildOf(DivisionCode parent) {
        TenantLevel parentLevel = parent.level();
        return parentLevel.isAbove(level())
                && value.startsWith(parent.value().substring(0, parentLevel.significantDigits()));
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
