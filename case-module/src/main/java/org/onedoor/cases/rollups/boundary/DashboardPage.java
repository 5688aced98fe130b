package org.onedoor.cases.rollups.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onedoor.cases.rollups.control.Rollups;
import org.onedoor.cases.rollups.entity.Area;
import org.onedoor.cases.rollups.entity.Period;
import org.onedoor.cases.rollups.entity.PeriodQuery;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.i18n.boundary.LanguageSwitch;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * The statistics page: the same {@link DashboardView} the API answers, for the area and period in
 * the address ({@code ?area=420102&period=MONTH&date=…}), so every view is a link that can be
 * bookmarked, shared and drilled into.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    Rollups rollups;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Messages messages;

    @Inject
    LanguageSwitch language;

    @Inject
    Feedback feedback;

    private String area;
    private String period;
    private String date;
    private String from;
    private String to;
    private List<Area> entries = List.of();
    private DashboardView view;

    /** Reads the dashboard of the area asked for, or of the caller's first entry point. */
    public void load() {
        entries = rollups.entries(currentCaller.require());
        if ((area == null || area.isBlank()) && !entries.isEmpty()) {
            area = entries.get(0).code();
        }
        if (area == null || area.isBlank()) {
            return;
        }
        try {
            view = DashboardView.of(
                    rollups.dashboard(currentCaller.require(), area, new PeriodQuery(period, date, from, to)),
                    messages,
                    language.getLocale());
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    /** The query of this view for another area: drilling down keeps the period. */
    public String linkTo(String code) {
        return query(Map.of("area", code));
    }

    /** The export of exactly this view. */
    public String getExportUrl() {
        return "api/v1/rollups/" + encode(view.area().code()) + "/export.xlsx" + periodQuery("?");
    }

    /** The height of a trend bar, in percent of the busiest bucket. */
    public long barHeight(long value) {
        long most = view.trend().stream()
                .mapToLong(point -> Math.max(point.received(), point.concluded()))
                .max()
                .orElse(0);
        return most == 0 ? 0 : Math.max(1, Math.round(100.0 * value / most));
    }

    public Period.Kind[] getKinds() {
        return Period.Kind.values();
    }

    private String query(Map<String, String> with) {
        String base = with.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return "?" + base + periodQuery("&");
    }

    private String periodQuery(String lead) {
        StringBuilder query = new StringBuilder();
        String[][] parameters = {{"period", period}, {"date", date}, {"from", from}, {"to", to}};
        for (String[] parameter : parameters) {
            if (parameter[1] != null && !parameter[1].isBlank()) {
                query.append(query.length() == 0 ? lead : "&")
                        .append(parameter[0])
                        .append('=')
                        .append(encode(parameter[1]));
            }
        }
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public List<Area> getEntries() {
        return entries;
    }

    public DashboardView getView() {
        return view;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getPeriod() {
        return period == null || period.isBlank() ? Period.Kind.MONTH.name() : period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
