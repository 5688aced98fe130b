package org.onedoor.cases.rollups.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small-count rule (docs/statistics.md, ADR 0016). What a matter is about is shown only where no
 * subtraction of shown figures can single out a few matters of a family, health or minors:
 *
 * <ul>
 *   <li>sensitive categories (marriage and family with its subcategories, medical, and every
 *       category not known to be harmless, such as a center's own) are never shown one by one, only
 *       as one combined line;
 *   <li>the category table exists only for districts and larger areas, only for whole calendar
 *       months that are over (a month, a quarter, a year), and only when each of those months is
 *       publishable ({@link #publishable});
 *   <li>a category line shows received, resolved and not resolved only.
 * </ul>
 *
 * Totals, child centers, channels, grades and the trend say how much work was done, not what about:
 * they stay exact.
 */
public final class SmallCounts {

    /** A count of sensitive matters is shown only when it is zero or at least this. */
    public static final int THRESHOLD = 3;

    /** The key of the combined line of all sensitive categories. */
    public static final String SENSITIVE = "sensitive";

    /** The counters a category line shows; the others are not broken down by category at all. */
    public static final List<Counter> CATEGORY_COUNTERS =
            List.of(Counter.RECEIVED, Counter.RESOLVED, Counter.NOT_RESOLVED);

    /**
     * Default categories that say nothing about a family, a person's health or a minor. Everything
     * else is sensitive, including categories a center adds itself: OneDoor cannot know what they
     * are about, so it fails closed.
     */
    static final Set<String> OPEN_CATEGORIES = Set.of(
            "neighbour",
            "property-management",
            "labour",
            "wage-arrears",
            "land",
            "consumer",
            "investment",
            "traffic",
            "contract-debt",
            "other");

    private SmallCounts() {}

    public static Set<String> openCategories() {
        return OPEN_CATEGORIES;
    }

    /** Whether the category {@code code} may be shown on its own line. */
    public static boolean isOpen(String code) {
        return OPEN_CATEGORIES.contains(code);
    }

    /** Why an area's category table is not shown. */
    public enum Withheld {
        /** Streets and communities: their few matters would be told apart by their totals. */
        SMALL_AREA,
        /** Not whole calendar months that are over: days, weeks, the running month. */
        NOT_WHOLE_MONTHS_OVER,
        /** In one of the months, the sensitive matters could be counted by subtraction. */
        SMALL_COUNTS
    }

    /** The sensitive and the open part of an area's figures in one month. */
    public record Split(Figures sensitive, Figures open) {

        public static final Split ZERO = new Split(Figures.zero(), Figures.zero());

        Split plus(Split other) {
            return new Split(sensitive.plus(other.sensitive), open.plus(other.open));
        }

        Split minus(Split other) {
            return new Split(sensitive.minus(other.sensitive), open.minus(other.open));
        }

        /**
         * Every shown count of the sensitive part is zero, or at least {@link #THRESHOLD} while the
         * open part has at least as many too — so neither a handful of sensitive matters nor "every
         * matter here was sensitive" can be read off.
         */
        boolean isSafe() {
            for (Counter counter : CATEGORY_COUNTERS) {
                long count = sensitive.get(counter);
                if (count != 0 && (count < THRESHOLD || open.get(counter) < THRESHOLD)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Whether the category table of {@code area} may be shown for one month. Only districts and
     * larger areas ever show one, so subtraction can isolate at most a <em>region</em>: an area minus
     * its shown large descendants. Bottom up, an area is shown when its region — its own work, its
     * streets and communities, and every large descendant not shown — is safe; a descendant that is
     * not shown is folded into the region above it. Every number that any combination of shown
     * tables can produce is a sum of safe regions.
     *
     * @param children the large (district and above) children of each large area of the subtree
     * @param splits each large area's month, by code (absent: nothing happened)
     */
    public static boolean publishable(String area, Map<String, List<String>> children, Map<String, Split> splits) {
        return new Regions(children, splits).shown(area);
    }

    private static final class Regions {
        private final Map<String, List<String>> children;
        private final Map<String, Split> splits;
        private final Map<String, Boolean> decided = new HashMap<>();

        Regions(Map<String, List<String>> children, Map<String, Split> splits) {
            this.children = children;
            this.splits = splits;
        }

        boolean shown(String area) {
            Boolean known = decided.get(area);
            if (known != null) {
                return known;
            }
            boolean shown = splits.getOrDefault(area, Split.ZERO)
                    .minus(shownBeneath(area))
                    .isSafe();
            decided.put(area, shown);
            return shown;
        }

        /** The sum of the nearest shown areas beneath {@code area}: what its region leaves out. */
        private Split shownBeneath(String area) {
            Split sum = Split.ZERO;
            for (String child : children.getOrDefault(area, List.of())) {
                sum = sum.plus(shown(child) ? splits.getOrDefault(child, Split.ZERO) : shownBeneath(child));
            }
            return sum;
        }
    }
}
