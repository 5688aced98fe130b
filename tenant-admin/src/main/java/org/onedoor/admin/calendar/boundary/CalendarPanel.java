package org.onedoor.admin.calendar.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.calendar.entity.DayKind;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.tenancy.boundary.CenterSwitch;

/**
 * The configuration page's calendar tab (issue #15.7): which national years are loaded, and the
 * local days of the center's district — declared and removed at the district, read below it.
 */
@Named
@ViewScoped
public class CalendarPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "configuration:tabs:";
    private static final Map<String, String> FIELDS = Map.of(
            "day.date", FORM + "day-date",
            "date", FORM + "day-date",
            "day.kind", FORM + "day-kind",
            "day.name", FORM + "day-name");

    @Inject
    CenterSwitch centerSwitch;

    @Inject
    CalendarDesk desk;

    @Inject
    Feedback feedback;

    private CalendarDesk.Snapshot snapshot;
    private String date;
    private DayKind kind = DayKind.HOLIDAY;
    private String name;

    private CalendarDesk.Snapshot snapshot() {
        String center = centerSwitch.activeCode();
        if (snapshot == null && center != null) {
            try {
                snapshot = desk.read(center);
            } catch (OneDoorException refused) {
                snapshot = new CalendarDesk.Snapshot(null, false, List.of(), List.of(), List.of());
            }
        }
        return snapshot;
    }

    public void declare() {
        try {
            desk.declare(
                    centerSwitch.activeCode(), new CalendarDay.Draft(date, kind == null ? null : kind.name(), name));
            feedback.info("ui.configuration.saved");
            snapshot = null;
            date = null;
            name = null;
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    public void remove(String day) {
        try {
            desk.remove(centerSwitch.activeCode(), day);
            feedback.info("ui.configuration.day-removed");
            snapshot = null;
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    /** Whether the center is a district, which declares local days; below it they are read only. */
    public boolean isDistrict() {
        return snapshot() != null && snapshot().own();
    }

    public String getDistrict() {
        return snapshot() == null ? null : snapshot().district();
    }

    public List<CalendarDay> getLocalDays() {
        return snapshot() == null ? List.of() : snapshot().localDays();
    }

    public List<CalendarDesk.Year> getYears() {
        return snapshot() == null ? List.of() : snapshot().years();
    }

    /** "2027 年的全国节假日安排尚未加载 …", one line per year missing. */
    public List<String> getMissing() {
        return snapshot() == null
                ? List.of()
                : snapshot().missing().stream()
                        .map(year -> feedback.text("ui.configuration.year-missing", year))
                        .toList();
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
