package org.onedoor.platform.privacy.entity;

/**
 * How personal data is shown by default (product brief, "Data that must be protected"): enough to
 * tell people apart at the desk, not enough to identify them. Full values need a reveal, which is
 * audited.
 */
public final class PersonalData {

    private static final int ADDRESS_KEPT = 6;

    private PersonalData() {}

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the family name stays. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(trimmed.codePointCount(first, trimmed.length()));
    }

    /** 420102199001011234 → 4201**********1234. */
    public static String maskIdNumber(String idNumber) {
        return keepEnds(idNumber, 4, 4);
    }

    /** 13812345678 → 138****5678; other numbers keep only their last four digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.strip();
        return digits.matches("1\\d{10}") ? keepEnds(digits, 3, 4) : keepEnds(digits, 0, 4);
    }

    /** Only the beginning (city and district) stays: 湖北省武汉市江岸区胜利街 1 号 → 湖北省武汉市****. */
    public static String maskAddress(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        String trimmed = address.strip();
        int kept = Math.min(ADDRESS_KEPT, trimmed.codePointCount(0, trimmed.length()) / 2);
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, kept)) + "****";
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String trimmed = value.strip();
        if (trimmed.length() <= head + tail) {
            return "*".repeat(trimmed.length());
        }
        return trimmed.substring(0, head)
                + "*".repeat(trimmed.length() - head - tail)
                + trimmed.substring(trimmed.length() - tail);
    }
}
