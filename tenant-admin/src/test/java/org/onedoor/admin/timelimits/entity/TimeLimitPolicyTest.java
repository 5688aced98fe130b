package org.onedoor.admin.timelimits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;

/** Which time limit a case gets: the shipped defaults, what the centers above set, what the center set. */
class TimeLimitPolicyTest {

    static final String DISTRICT = "420102";
    static final String STREET = "420102001";
    static final Map<String, String> PARENTS = Map.of("divorce", "marriage-family", "wage-arrears", "labour");

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    static final Instant T1 = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-20T02:00:00Z");
    static final Instant T3 = Instant.parse("2026-03-30T02:00:00Z");

    static final Limit SAME_DAY = Limit.of(0, LimitUnit.WORKING_DAYS);
    static final Limit ONE_MONTH = Limit.of(30, LimitUnit.CALENDAR_DAYS, 1, 30);

    static RuleKey conclude(String category, Grade grade, Channel channel) {
        return new RuleKey(Milestone.CONCLUDE, category, grade, channel);
    }

    static RuleKey aCase(Milestone milestone, String category, Grade grade, Channel channel) {
        return new RuleKey(milestone, category, grade, channel);
    }

    static Rule rule(RuleKey key, Limit limit, Instant from) {
        return Rule.inForce(key, limit, from);
    }

    static Rule rule(RuleKey key, Limit limit, Instant from, Instant until) {
        return new Rule(key, limit, from, until);
    }

    static TimeLimitPolicy policy(List<TimeLimitPolicy.Inherited> ancestors, List<Rule> own) {
        return new TimeLimitPolicy(ShippedDefaults.rules(), ancestors, own, PARENTS);
    }

    static Limit resolved(TimeLimitPolicy policy, RuleKey caseKey, Instant at) {
        return policy.resolve(caseKey, at).orElseThrow().limit();
    }

    @Nested
    class Defaults {

        private final TimeLimitPolicy policy = policy(List.of(), List.of());

        @Test
        @DisplayName(
                "#15.2 the shipped defaults are product.md's: same day, one month (+1), petitions 15 and 60 (+30) days")
        void shippedDefaults() {
            assertThat(ShippedDefaults.rules())
                    .extracting(Rule::key, Rule::limit)
                    .containsExactlyInAnyOrder(
                            tuple(conclude("*", Grade.ORDINARY, null), SAME_DAY),
                            tuple(conclude("*", null, null), ONE_MONTH),
                            tuple(
                                    new RuleKey(Milestone.ACCEPT, "*", null, Channel.PETITION),
                                    Limit.of(15, LimitUnit.CALENDAR_DAYS)),
                            tuple(conclude("*", null, Channel.PETITION), Limit.of(60, LimitUnit.CALENDAR_DAYS, 1, 30)));
        }

        @Test
        @DisplayName("#15.2 an ordinary walk-in concludes the same day; a specialist one within a month")
        void gradesByDefault() {
            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "neighbour", Grade.ORDINARY, Channel.WALK_IN), T0))
                    .isEqualTo(SAME_DAY);
            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "neighbour", Grade.SPECIALIST, Channel.WALK_IN), T0))
                    .isEqualTo(ONE_MONTH);
        }

        @Test
        @DisplayName(
                "#15.2 a petition is accepted within 15 days and concluded within 60 (+30); other channels have no acceptance limit")
        void petitions() {
            assertThat(resolved(policy, aCase(Milestone.ACCEPT, "land", Grade.SPECIAL, Channel.PETITION), T0))
                    .isEqualTo(Limit.of(15, LimitUnit.CALENDAR_DAYS));
            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "land", Grade.SPECIAL, Channel.PETITION), T0))
                    .isEqualTo(Limit.of(60, LimitUnit.CALENDAR_DAYS, 1, 30));
            assertThat(policy.resolve(aCase(Milestone.ACCEPT, "land", Grade.SPECIAL, Channel.WALK_IN), T0))
                    .isEmpty();
        }

        @Test
        @DisplayName(
                "#15.2 the grade weighs more than the channel: an ordinary petition is still concluded the same day")
        void gradeOverChannel() {
            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "land", Grade.ORDINARY, Channel.PETITION), T0))
                    .isEqualTo(SAME_DAY);
        }

        @Test
        @DisplayName("#15.2 every default is listed with its origin")
        void effectiveDefaults() {
            assertThat(policy.effective(T0))
                    .hasSize(4)
                    .allSatisfy(rule -> assertThat(rule.origin()).isEqualTo(EffectiveRule.DEFAULT));
        }
    }

    @Nested
    class MostSpecific {

        @Test
        @DisplayName("#15.2 a category's rule beats every category's, even one for the case's grade")
        void categoryOverGrade() {
            Limit tenDays = Limit.of(10, LimitUnit.WORKING_DAYS);
            TimeLimitPolicy policy = policy(List.of(), List.of(rule(conclude("labour", null, null), tenDays, T0)));

            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "labour", Grade.ORDINARY, Channel.WALK_IN), T0))
                    .isEqualTo(tenDays);
        }

        @Test
        @DisplayName("#15.2 category and grade beat the category alone; category, grade and channel beat both")
        void gradeThenChannel() {
            Limit five = Limit.of(5, LimitUnit.WORKING_DAYS);
            Limit seven = Limit.of(7, LimitUnit.WORKING_DAYS);
            Limit nine = Limit.of(9, LimitUnit.WORKING_DAYS);
            TimeLimitPolicy policy = policy(
                    List.of(),
                    List.of(
                            rule(conclude("labour", null, null), nine, T0),
                            rule(conclude("labour", Grade.SPECIALIST, null), seven, T0),
                            rule(conclude("labour", Grade.SPECIALIST, Channel.HOTLINE_12345), five, T0)));

            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "labour", Grade.SPECIALIST, Channel.WALK_IN), T0))
                    .isEqualTo(seven);
            assertThat(resolved(
                            policy, aCase(Milestone.CONCLUDE, "labour", Grade.SPECIALIST, Channel.HOTLINE_12345), T0))
                    .isEqualTo(five);
            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "labour", Grade.SPECIAL, Channel.HOTLINE_12345), T0))
                    .isEqualTo(nine);
        }

        @Test
        @DisplayName("#15.2 a subcategory without its own rule follows its parent's; its own rule beats the parent's")
        void subcategoryFollowsItsParent() {
            Limit parent = Limit.of(20, LimitUnit.WORKING_DAYS);
            Limit own = Limit.of(12, LimitUnit.WORKING_DAYS);
            TimeLimitPolicy policy = policy(
                    List.of(),
                    List.of(
                            rule(conclude("labour", null, null), parent, T0),
                            rule(conclude("marriage-family", null, null), parent, T0),
                            rule(conclude("divorce", null, null), own, T0)));

            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "wage-arrears", Grade.SPECIALIST, null), T0))
                    .isEqualTo(parent);
            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "divorce", Grade.SPECIALIST, null), T0))
                    .isEqualTo(own);
        }

        @Test
        @DisplayName("#15.2 a rule for another category, grade, channel or milestone does not apply")
        void nonMatchingRulesDoNotApply() {
            TimeLimitPolicy policy = policy(
                    List.of(),
                    List.of(
                            rule(conclude("labour", null, null), Limit.of(1, LimitUnit.WORKING_DAYS), T0),
                            rule(conclude("*", Grade.SPECIAL, null), Limit.of(2, LimitUnit.WORKING_DAYS), T0),
                            rule(conclude("*", null, Channel.ONLINE), Limit.of(3, LimitUnit.WORKING_DAYS), T0),
                            rule(
                                    new RuleKey(Milestone.ACCEPT, "*", null, null),
                                    Limit.of(4, LimitUnit.WORKING_DAYS),
                                    T0)));

            assertThat(resolved(policy, aCase(Milestone.CONCLUDE, "medical", Grade.SPECIALIST, Channel.WALK_IN), T0))
                    .isEqualTo(ONE_MONTH);
        }
    }

    @Nested
    class Inheritance {

        static final Limit DISTRICT_LIMIT = Limit.of(20, LimitUnit.WORKING_DAYS, 2, 10);
        static final Limit STREET_LIMIT = Limit.of(15, LimitUnit.WORKING_DAYS, 1, 5);
        static final Limit COMMUNITY_LIMIT = Limit.of(10, LimitUnit.WORKING_DAYS);

        static TimeLimitPolicy.Inherited district(Rule... rules) {
            return new TimeLimitPolicy.Inherited(DISTRICT, List.of(rules));
        }

        static TimeLimitPolicy.Inherited street(Rule... rules) {
            return new TimeLimitPolicy.Inherited(STREET, List.of(rules));
        }

        private final RuleKey specialistLabour = aCase(Milestone.CONCLUDE, "labour", Grade.SPECIALIST, Channel.WALK_IN);

        @Test
        @DisplayName("#15.2 a district's rule reaches a community beneath its street")
        void districtReachesCommunity() {
            TimeLimitPolicy community = policy(
                    List.of(district(rule(conclude("*", Grade.SPECIALIST, null), DISTRICT_LIMIT, T0)), street()),
                    List.of());

            EffectiveRule rule = community.resolve(specialistLabour, T1).orElseThrow();

            assertThat(rule.limit()).isEqualTo(DISTRICT_LIMIT);
            assertThat(rule.origin()).isEqualTo(EffectiveRule.INHERITED);
            assertThat(rule.inheritedFrom()).isEqualTo(DISTRICT);
        }

        @Test
        @DisplayName("#15.2 a street's override of the same key beats the district's, in the street and beneath it")
        void streetOverrideBeatsDistrict() {
            RuleKey key = conclude("*", Grade.SPECIALIST, null);
            TimeLimitPolicy community = policy(
                    List.of(district(rule(key, DISTRICT_LIMIT, T0)), street(rule(key, STREET_LIMIT, T0))), List.of());

            EffectiveRule rule = community.resolve(specialistLabour, T1).orElseThrow();

            assertThat(rule.limit()).isEqualTo(STREET_LIMIT);
            assertThat(rule.inheritedFrom()).isEqualTo(STREET);
        }

        @Test
        @DisplayName("#15.2 the center's own rule beats the inherited one, which beats the default")
        void ownOverInheritedOverDefault() {
            RuleKey key = conclude("*", Grade.SPECIALIST, null);
            TimeLimitPolicy withOwn =
                    policy(List.of(district(rule(key, DISTRICT_LIMIT, T0))), List.of(rule(key, COMMUNITY_LIMIT, T0)));
            TimeLimitPolicy inheritedOnly = policy(List.of(district(rule(key, DISTRICT_LIMIT, T0))), List.of());

            assertThat(withOwn.resolve(specialistLabour, T1).orElseThrow())
                    .extracting(EffectiveRule::limit, EffectiveRule::origin)
                    .containsExactly(COMMUNITY_LIMIT, EffectiveRule.OWN);
            assertThat(inheritedOnly.resolve(specialistLabour, T1).orElseThrow().limit())
                    .isEqualTo(DISTRICT_LIMIT);
            assertThat(policy(List.of(), List.of())
                            .resolve(specialistLabour, T1)
                            .orElseThrow())
                    .extracting(EffectiveRule::limit, EffectiveRule::origin)
                    .containsExactly(ONE_MONTH, EffectiveRule.DEFAULT);
        }

        @Test
        @DisplayName(
                "#15.2 a district's default-key override shows as inherited; the defaults it replaces do not show twice")
        void effectiveListShowsOrigins() {
            RuleKey oneMonth = conclude("*", null, null);
            TimeLimitPolicy community = policy(
                    List.of(district(rule(oneMonth, DISTRICT_LIMIT, T0)), street()),
                    List.of(rule(conclude("labour", null, null), COMMUNITY_LIMIT, T0)));

            List<EffectiveRule> effective = community.effective(T1);

            assertThat(effective).hasSize(5);
            assertThat(effective)
                    .filteredOn(rule -> rule.key().equals(oneMonth))
                    .singleElement()
                    .extracting(EffectiveRule::origin, EffectiveRule::inheritedFrom, EffectiveRule::limit)
                    .containsExactly(EffectiveRule.INHERITED, DISTRICT, DISTRICT_LIMIT);
            assertThat(effective)
                    .filteredOn(rule -> rule.key().equals(oneMonth))
                    .singleElement()
                    .extracting(EffectiveRule::overrides)
                    .isEqualTo(new EffectiveRule.Overridden(ONE_MONTH, EffectiveRule.DEFAULT, null));
            assertThat(effective)
                    .filteredOn(rule -> rule.key().category().equals("labour"))
                    .singleElement()
                    .extracting(EffectiveRule::origin, EffectiveRule::overrides)
                    .containsExactly(EffectiveRule.OWN, null);
        }

        @Test
        @DisplayName("#15.2 an override shows what removing it brings back: the nearest rule above, not the default")
        void overrideShowsTheNearestRuleAbove() {
            RuleKey oneMonth = conclude("*", null, null);
            TimeLimitPolicy community = policy(
                    List.of(district(rule(oneMonth, DISTRICT_LIMIT, T0)), street(rule(oneMonth, STREET_LIMIT, T0))),
                    List.of(rule(oneMonth, COMMUNITY_LIMIT, T0)));

            assertThat(community.effective(T1))
                    .filteredOn(rule -> rule.key().equals(oneMonth))
                    .singleElement()
                    .satisfies(rule -> {
                        assertThat(rule.origin()).isEqualTo(EffectiveRule.OWN);
                        assertThat(rule.overrides())
                                .isEqualTo(new EffectiveRule.Overridden(STREET_LIMIT, EffectiveRule.INHERITED, STREET));
                    });
        }
    }

    @Nested
    class Versions {

        static final RuleKey SPECIALIST = conclude("*", Grade.SPECIALIST, null);
        static final Limit TWENTY = Limit.of(20, LimitUnit.WORKING_DAYS);
        static final Limit TEN = Limit.of(10, LimitUnit.WORKING_DAYS);

        private final RuleKey specialistCase =
                aCase(Milestone.CONCLUDE, "neighbour", Grade.SPECIALIST, Channel.WALK_IN);

        @Test
        @DisplayName(
                "#15.2 a case opened before a change keeps the limit in force at its opening; a new case gets the new one")
        void ruleInForceAtTheOpening() {
            // set at T1 (20 working days), changed at T2 (10)
            TimeLimitPolicy policy =
                    policy(List.of(), List.of(rule(SPECIALIST, TWENTY, T1, T2), rule(SPECIALIST, TEN, T2)));

            assertThat(resolved(policy, specialistCase, T0))
                    .as("before any own rule")
                    .isEqualTo(ONE_MONTH);
            assertThat(resolved(policy, specialistCase, T1)).isEqualTo(TWENTY);
            assertThat(resolved(policy, specialistCase, T2.minusMillis(1))).isEqualTo(TWENTY);
            assertThat(resolved(policy, specialistCase, T2)).isEqualTo(TEN);
            assertThat(resolved(policy, specialistCase, T3)).isEqualTo(TEN);
        }

        @Test
        @DisplayName(
                "#15.2 removing the own rule falls back to the inherited one from then on; before, the own one holds")
        void removalFallsBack() {
            Limit district = Limit.of(25, LimitUnit.WORKING_DAYS);
            TimeLimitPolicy policy = policy(
                    List.of(new TimeLimitPolicy.Inherited(DISTRICT, List.of(rule(SPECIALIST, district, T0)))),
                    List.of(rule(SPECIALIST, TEN, T1, T2)));

            assertThat(resolved(policy, specialistCase, T1)).isEqualTo(TEN);
            assertThat(policy.resolve(specialistCase, T3).orElseThrow())
                    .extracting(EffectiveRule::limit, EffectiveRule::inheritedFrom)
                    .containsExactly(district, DISTRICT);
        }

        @Test
        @DisplayName("#15.2 an ancestor's change reaches a case opened after it, not one opened before")
        void ancestorsChangeIsVersionedToo() {
            TimeLimitPolicy policy = policy(
                    List.of(new TimeLimitPolicy.Inherited(
                            DISTRICT, List.of(rule(SPECIALIST, TWENTY, T0, T2), rule(SPECIALIST, TEN, T2)))),
                    List.of());

            assertThat(resolved(policy, specialistCase, T1)).isEqualTo(TWENTY);
            assertThat(resolved(policy, specialistCase, T3)).isEqualTo(TEN);
        }

        @Test
        @DisplayName(
                "#15.2 regraded after a change, a case resolves its new grade at its opening instant: the old version")
        void regradeKeepsTheVersionOfTheOpening() {
            TimeLimitPolicy policy =
                    policy(List.of(), List.of(rule(SPECIALIST, TWENTY, T0, T2), rule(SPECIALIST, TEN, T2)));
            Instant opened = T1; // as ORDINARY; regraded to SPECIALIST at T3, after the change at T2
            RuleKey regraded = aCase(Milestone.CONCLUDE, "neighbour", Grade.SPECIALIST, Channel.WALK_IN);

            assertThat(resolved(
                            policy, aCase(Milestone.CONCLUDE, "neighbour", Grade.ORDINARY, Channel.WALK_IN), opened))
                    .isEqualTo(SAME_DAY);
            assertThat(resolved(policy, regraded, opened)).isEqualTo(TWENTY);
        }

        @Test
        @DisplayName("#15.2 the effective list at an instant shows the versions then in force")
        void effectiveAtAnInstant() {
            TimeLimitPolicy policy =
                    policy(List.of(), List.of(rule(SPECIALIST, TWENTY, T1, T2), rule(SPECIALIST, TEN, T2)));

            assertThat(policy.effective(T0)).noneMatch(rule -> rule.key().equals(SPECIALIST));
            assertThat(policy.effective(T1))
                    .filteredOn(rule -> rule.key().equals(SPECIALIST))
                    .singleElement()
                    .extracting(EffectiveRule::limit, EffectiveRule::effectiveFrom)
                    .containsExactly(TWENTY, T1);
        }
    }
}
