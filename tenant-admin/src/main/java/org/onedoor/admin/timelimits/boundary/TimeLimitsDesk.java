package org.onedoor.admin.timelimits.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onedoor.admin.categories.control.Dictionary;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.admin.timelimits.control.TimeLimits;
import org.onedoor.admin.timelimits.entity.EffectiveRule;
import org.onedoor.admin.timelimits.entity.RuleKey;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * The time-limit tab's operations (issue #15.7), each one transaction bound to the center, for its
 * administrators only: what {@link TimeLimitsResource} offers the API, for the configuration page.
 */
@ApplicationScoped
@Transactional
public class TimeLimitsDesk {

    @Inject
    TenantScope tenantScope;

    @Inject
    TimeLimits timeLimits;

    @Inject
    Dictionary dictionary;

    /** The rules in force now with their origin, and the categories a rule may name. */
    public record Snapshot(List<EffectiveRule> rules, List<DictionaryEntry> categories) {}

    public Snapshot read(String center) {
        tenantScope.enter(center, AdministersCenter.class);
        return new Snapshot(timeLimits.effective(center, timeLimits.now()), dictionary.of(center));
    }

    public EffectiveRule set(String center, RuleKey.Draft key, Limit.Draft limit, String actor) {
        tenantScope.enter(center, AdministersCenter.class);
        return timeLimits.set(center, key, limit, actor);
    }

    public void remove(String center, RuleKey.Draft key, String actor) {
        tenantScope.enter(center, AdministersCenter.class);
        timeLimits.remove(center, key, actor);
    }
}
