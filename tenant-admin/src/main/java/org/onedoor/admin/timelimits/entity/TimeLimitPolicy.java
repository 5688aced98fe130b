package org.onedoor.admin.timelimits.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limits of one center, built from the rows of its table and of its ancestors' (no
 * database here). At any instant, each key has the rule set lowest in the tree — the center's own,
 * else the nearest ancestor's, else the default — and a case gets the most specific key that matches
 * it: its category (then its category's parent) over every category, then its grade over every
 * grade, then its channel over every channel.
 */
public final class TimeLimitPolicy {

    /** The rules an ancestor center set for itself and every center beneath it. */
    public record Inherited(String center, List<Rule> rules) {}

    private record Layer(String origin, String center, List<Rule> rules) {}

    /** Lowest in the tree first: own, the ancestors from the parent up, the defaults. */
    private final List<Layer> layers = new ArrayList<>();

    private final Map<String, String> parentOfCategory;

    /**
     * @param defaults the center's default rows
     * @param ancestors the ancestors' own rows, from the top of the tree down
     * @param own the center's own rows
     * @param parentOfCategory each subcategory's parent in the center's dictionary
     */
    public TimeLimitPolicy(
            List<Rule> defaults, List<Inherited> ancestors, List<Rule> own, Map<String, String> parentOfCategory) {
        layers.add(new Layer(EffectiveRule.OWN, null, List.copyOf(own)));
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Inherited ancestor = ancestors.get(i);
            layers.add(new Layer(EffectiveRule.INHERITED, ancestor.center(), List.copyOf(ancestor.rules())));
        }
        layers.add(new Layer(EffectiveRule.DEFAULT, null, List.copyOf(defaults)));
        this.parentOfCategory = Map.copyOf(parentOfCategory);
    }

    /** Every key's rule in force at {@code at}, with its origin and what it overrides, ordered by key. */
    public List<EffectiveRule> effective(Instant at) {
        Map<RuleKey, EffectiveRule> effective = new LinkedHashMap<>();
        for (Layer layer : layers) {
            for (Rule rule : layer.rules()) {
                if (!rule.inForceAt(at)) {
                    continue;
                }
                EffectiveRule found = new EffectiveRule(
                        rule.key(), rule.limit(), layer.origin(), layer.center(), rule.effectiveFrom(), null);
                EffectiveRule winner = effective.get(rule.key());
                if (winner == null) {
                    effective.put(rule.key(), found);
                } else if (winner.overrides() == null) {
                    // the nearest rule above it is what removing the override brings back
                    effective.put(rule.key(), winner.overriding(found));
                }
            }
        }
        return effective.values().stream()
                .sorted(Comparator.comparing(EffectiveRule::key, RuleKey.ORDER))
                .toList();
    }

    /** The rule a case of {@code caseKey} gets if it opened at {@code at}; none when no rule matches. */
    public Optional<EffectiveRule> resolve(RuleKey caseKey, Instant at) {
        Objects.requireNonNull(caseKey, "A case's key is required.");
        EffectiveRule best = null;
        int bestScore = -1;
        for (EffectiveRule rule : effective(at)) {
            int score = specificity(rule.key(), caseKey);
            if (score > bestScore) {
                best = rule;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How closely {@code rule} fits {@code caseKey}, -1 for not at all. The category weighs more than
     * the grade and the channel together, the grade more than the channel: an exact category 8, its
     * parent 4, every category 0; a grade 2; a channel 1.
     */
    int specificity(RuleKey rule, RuleKey caseKey) {
        if (rule.milestone() != caseKey.milestone()) {
            return -1;
        }
        int category;
        if (rule.category().equals(caseKey.category())) {
            category = 8;
        } else if (rule.category().equals(parentOfCategory.get(caseKey.category()))) {
            category = 4;
        } else if (rule.anyCategory()) {
            category = 0;
        } else {
            return -1;
        }
        if (rule.grade() != null && rule.grade() != caseKey.grade()) {
            return -1;
        }
        if (rule.channel() != null && rule.channel() != caseKey.channel()) {
            return -1;
        }
        return category + (rule.grade() != null ? 2 : 0) + (rule.channel() != null ? 1 : 0);
    }
}
