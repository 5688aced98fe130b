package org.onedoor.admin.calendar.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.onedoor.platform.calendar.control.WorkingCalendar;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.tenancy.control.TenantScope;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * The calendar tab's operations (issue #15.7), for the center's administrators: the national years
 * loaded, and the local days of its district — which a district declares and removes, as {@link
 * LocalDaysResource} does, and the streets and communities beneath it read.
 */
@ApplicationScoped
@Transactional
public class CalendarDesk {

    @Inject
    TenantScope tenantScope;

    @Inject
    WorkingCalendar calendar;

    /** A loaded national year: the notice it comes from, its holidays and worked weekend days. */
    public record Year(int year, String source, long holidays, long workingDays) {}

    /**
     * The district whose local days count here (null: none, above the districts), whether it is this
     * center, its local days, the loaded national years, and this year or next when not loaded.
     */
    public record Snapshot(
            String district, boolean own, List<CalendarDay> localDays, List<Year> years, List<Integer> missing) {}

    public Snapshot read(String center) {
        tenantScope.enter(center, AdministersCenter.class);
        Optional<DivisionCode> district = districtOf(center);
        Map<Integer, String> loaded = calendar.loadedYears();
        int thisYear = CenterTime.today().getYear();
        return new Snapshot(
                district.map(DivisionCode::value).orElse(null),
                district.map(code -> code.value().equals(center)).orElse(false),
                district.map(calendar::localDays).orElse(List.of()),
                loaded.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(year -> year(year.getKey(), year.getValue()))
                        .toList(),
                IntStream.rangeClosed(thisYear, thisYear + 1)
                        .filter(year -> !loaded.containsKey(year))
                        .boxed()
                        .toList());
    }

    public CalendarDay declare(String center, CalendarDay.Draft day) {
        tenantScope.enter(center, AdministersCenter.class);
        return calendar.declareLocal(new DivisionCode(center), day);
    }

    public void remove(String center, String date) {
        tenantScope.enter(center, AdministersCenter.class);
        calendar.removeLocal(new DivisionCode(center), date);
    }

    private Year year(int year, String source) {
        List<CalendarDay> days = calendar.nationalDays(year);
        long working = days.stream().filter(CalendarDay::isWorking).count();
        return new Year(year, source, days.size() - working, working);
    }

    /** The district a center lies in, as its first six digits name it (the calendar counts its local days). */
    private static Optional<DivisionCode> districtOf(String center) {
        return DivisionCode.parse(center)
                .map(code -> new DivisionCode(code.value().substring(0, 6)))
                .filter(six -> six.level() == TenantLevel.DISTRICT);
    }
}
