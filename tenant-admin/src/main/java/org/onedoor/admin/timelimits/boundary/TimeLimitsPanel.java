package org.onedoor.admin.timelimits.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.admin.timelimits.entity.EffectiveRule;
import org.onedoor.admin.timelimits.entity.Milestone;
import org.onedoor.admin.timelimits.entity.RuleKey;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.boundary.CenterNames;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;

/**
 * The configuration page's time-limit tab (issue #15.7): the active center's rules in force, each
 * with where it comes from — this center, an ancestor, the default — and what an override hides; a
 * form to override one key here, and the removal of an override. Input is checked by {@link
 * org.onedoor.admin.timelimits.control.TimeLimits}; its refusals are shown at the fields.
 */
@Named
@ViewScoped
public class TimeLimitsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "configuration:tabs:";
    private static final Map<String, String> FIELDS = Map.of(
            "milestone", FORM + "limit-milestone",
            "category", FORM + "limit-category",
            "grade", FORM + "limit-grade",
            "channel", FORM + "limit-channel",
            "amount", FORM + "limit-amount",
            "unit", FORM + "limit-unit",
            "maxExtensions", FORM + "limit-max-extensions",
            "extensionAmount", FORM + "limit-extension-amount");

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    TimeLimitsDesk desk;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    @Inject
    CenterNames centerNames;

    private TimeLimitsDesk.Snapshot snapshot;
    private String milestone = Milestone.CONCLUDE.name();
    private String category = RuleKey.ANY;
    private String grade = RuleKey.ANY;
    private String channel = RuleKey.ANY;
    private Integer amount;
    private String unit = LimitUnit.WORKING_DAYS.name();
    private Integer maxExtensions = 0;
    private Integer extensionAmount = 0;

    private TimeLimitsDesk.Snapshot snapshot() {
        String center = centerSwitch.activeCode();
        if (snapshot == null && center != null) {
            try {
                snapshot = desk.read(center);
            } catch (OneDoorException refused) {
                snapshot = new TimeLimitsDesk.Snapshot(List.of(), List.of());
            }
        }
        return snapshot;
    }

    public void save() {
        try {
            desk.set(
                    centerSwitch.activeCode(),
                    new RuleKey.Draft(milestone, category, grade, channel),
                    new Limit.Draft(amount, unit, maxExtensions, extensionAmount),
                    currentCaller.actor());
            feedback.info("ui.configuration.saved");
            snapshot = null;
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    public void remove(RuleKey key) {
        try {
            desk.remove(
                    centerSwitch.activeCode(),
                    new RuleKey.Draft(key.milestone().name(), key.category(), key.gradeText(), key.channelText()),
                    currentCaller.actor());
            feedback.info("ui.configuration.limit-removed");
            snapshot = null;
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    public List<EffectiveRule> getRules() {
        return snapshot() == null ? List.of() : snapshot().rules();
    }

    /** The categories a rule may name: those in use here. */
    public List<DictionaryEntry> getCategories() {
        return snapshot() == null
                ? List.of()
                : snapshot().categories().stream()
                        .filter(DictionaryEntry::active)
                        .toList();
    }

    /** A rule's category as people read it: its name, or "every category". */
    public String categoryName(String code) {
        if (RuleKey.ANY.equals(code)) {
            return feedback.text("ui.configuration.any-category");
        }
        return snapshot() == null
                ? code
                : snapshot().categories().stream()
                        .filter(entry -> entry.code().equals(code))
                        .map(DictionaryEntry::name)
                        .findFirst()
                        .orElse(code);
    }

    /** "30 自然日". */
    public String limitText(Limit limit) {
        return feedback.text("ui.configuration.limit-amount", limit.amount(), limit.unit());
    }

    /** "最多 1 次，每次 30 自然日", or "不可延期". */
    public String extensionsText(Limit limit) {
        return limit.maxExtensions() == 0
                ? feedback.text("ui.configuration.no-extensions")
                : feedback.text(
                        "ui.configuration.extensions-allowed",
                        limit.maxExtensions(),
                        limit.extensionAmount(),
                        limit.unit());
    }

    /** Where a rule comes from: this center, an ancestor by name, or the default. */
    public String originText(EffectiveRule rule) {
        return origin(rule.origin(), rule.inheritedFrom());
    }

    /** What removing an override brings back: "覆盖 默认：30 自然日"; empty for a rule that hides none. */
    public String overridesText(EffectiveRule rule) {
        EffectiveRule.Overridden hidden = rule.overrides();
        if (hidden == null) {
            return "";
        }
        return feedback.text(
                "ui.configuration.overrides",
                origin(hidden.origin(), hidden.inheritedFrom()),
                limitText(hidden.limit()));
    }

    private String origin(String origin, String inheritedFrom) {
        String text = feedback.text("ui.configuration.origin." + origin);
        return inheritedFrom == null ? text : text + " " + centerNames.of(inheritedFrom);
    }

    public Milestone[] getMilestones() {
        return Milestone.values();
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public LimitUnit[] getUnits() {
        return LimitUnit.values();
    }

    public String getMilestone() {
        return milestone;
    }

    public void setMilestone(String milestone) {
        this.milestone = milestone;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getMaxExtensions() {
        return maxExtensions;
    }

    public void setMaxExtensions(Integer maxExtensions) {
        this.maxExtensions = maxExtensions;
    }

    public Integer getExtensionAmount() {
        return extensionAmount;
    }

    public void setExtensionAmount(Integer extensionAmount) {
        this.extensionAmount = extensionAmount;
    }
}
