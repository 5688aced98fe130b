package org.onedoor.platform.privacy.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity card number (公民身份号码) under GB 11643-1999: six digits of the issuing
 * division, eight of the birth date, a three-digit sequence and a check character computed over the
 * first seventeen (ISO 7064 MOD 11-2, where 10 is written X).
 */
public record NationalId(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public NationalId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid GB 11643 identity number");
        }
        value = value.toUpperCase();
    }

    /** The number, when {@code text} (surrounding blanks aside, x or X) is a valid one. */
    public static Optional<NationalId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip().toUpperCase();
        return isValid(candidate) ? Optional.of(new NationalId(candidate)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        if (text == null || !text.matches("[1-9]\\d{16}[\\dXx]")) {
            return false;
        }
        return birthDate(text).filter(date -> !date.isAfter(LocalDate.now())).isPresent()
                && Character.toUpperCase(text.charAt(17)) == checkCharacter(text);
    }

    /** The check character the first seventeen digits call for. */
    static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return birthDate(value).orElseThrow();
    }

    /** Shown by default: the division's first four digits and the last four, e.g. 4201**********1234. */
    public String masked() {
        return PersonalData.maskIdNumber(value);
    }

    private static Optional<LocalDate> birthDate(String text) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(text.substring(6, 10)),
                    Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return masked();
    }
}
