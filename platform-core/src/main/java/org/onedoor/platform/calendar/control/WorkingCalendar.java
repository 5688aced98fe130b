package org.onedoor.platform.calendar.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.calendar.entity.CalendarYear;
import org.onedoor.platform.calendar.entity.WorkingHours;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * Working days and hours for time limits: a center's {@link Calendar} (the national days and the local
 * days of its district), and the loading of both. Reads are cached per scope for a short while only:
 * the platform runs as a cluster, and a year loaded on another instance must count here within
 * {@code onedoor.calendar.cache-seconds} (30 by default; this instance forgets what it changed as soon as the change commits).
 * Working hours come from {@code onedoor.calendar.working-hours} ({@value WorkingHours#DEFAULT}).
 */
@ApplicationScoped
public class WorkingCalendar {

    private record Cached<T>(T value, Instant readAt) {}

    private static final String YEARS = "years";

    @Inject
    CalendarStore store;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "onedoor.calendar.working-hours", defaultValue = WorkingHours.DEFAULT)
    String workingHoursText;

    @Inject
    @ConfigProperty(name = "onedoor.calendar.cache-seconds", defaultValue = "30")
    long cacheSeconds;

    private WorkingHours hours;
    private final Map<String, Cached<?>> cache = new ConcurrentHashMap<>();

    @PostConstruct
    void configure() {
        hours = WorkingHours.parse(workingHoursText);
    }

    /** The calendar of center {@code code}: national days, overridden by its district's local days. */
    public Calendar of(String code) {
        List<CalendarDay> local = districtOf(code).map(this::localDays).orElse(List.of());
        return new Calendar(
                loadedYears().keySet(),
                cached(CalendarStore.NATIONAL, () -> store.days(CalendarStore.NATIONAL)),
                local,
                hours,
                CenterTime.zone());
    }

    public boolean isLoaded(int year) {
        return loadedYears().containsKey(year);
    }

    /** The loaded years and the notice each comes from. */
    public Map<Integer, String> loadedYears() {
        return cached(YEARS, store::loadedYears);
    }

    public boolean isWorkingDay(String code, LocalDate date) {
        return of(code).isWorkingDay(date);
    }

    public Calendar.Answer<Instant> workingDaysAfter(String code, Instant t, int n) {
        return of(code).workingDaysAfter(t, n);
    }

    public Calendar.Answer<Instant> workingHoursAfter(String code, Instant t, Duration d) {
        return of(code).workingHoursAfter(t, d);
    }

    public Calendar.Answer<Duration> workingTimeBetween(String code, Instant a, Instant b) {
        return of(code).workingTimeBetween(a, b);
    }

    /** The national exceptional days of {@code year}. */
    public List<CalendarDay> nationalDays(int year) {
        return cached(CalendarStore.NATIONAL, () -> store.days(CalendarStore.NATIONAL)).stream()
                .filter(day -> day.date().getYear() == year)
                .toList();
    }

    /** Replaces the national calendar of the draft's year, whole or not at all. */
    @Transactional
    public CalendarYear load(CalendarYear.Draft draft, String actor) {
        CalendarYear year = CalendarYear.of(draft);
        store.replace(year, actor);
        forgetOnCommit();
        return year;
    }

    /** The local days {@code district} declared. */
    public List<CalendarDay> localDays(DivisionCode district) {
        String scope = requireDistrict(district);
        return cached(scope, () -> store.days(scope));
    }

    @Transactional
    public CalendarDay declareLocal(DivisionCode district, CalendarDay.Draft draft) {
        String scope = requireDistrict(district);
        CalendarDay day = CalendarDay.of(draft);
        store.declare(scope, day);
        forgetOnCommit();
        return day;
    }

    @Transactional
    public void removeLocal(DivisionCode district, String date) {
        String scope = requireDistrict(district);
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("date", "calendar.day.date.invalid", String.valueOf(date));
        }
        if (!store.remove(scope, day)) {
            throw new NotFoundException("calendar.local.not-found", day);
        }
        forgetOnCommit();
    }

    /**
     * The district whose local days count for {@code code}: itself, or the one its first six digits
     * name (a street and its communities always sit beneath it, {@link DivisionCode#requiredParent}).
     */
    static Optional<DivisionCode> districtOf(String code) {
        return DivisionCode.parse(code)
                .map(parsed -> new DivisionCode(parsed.value().substring(0, 6)))
                .filter(six -> six.level() == TenantLevel.DISTRICT);
    }

    private static String requireDistrict(DivisionCode district) {
        if (district.level() != TenantLevel.DISTRICT) {
            throw new InvalidInputException("code", "calendar.local.district-only", district.value());
        }
        return district.value();
    }

    /**
     * Forgets what this instance read once the change is committed: forgetting before the commit
     * would let a read in between cache the old days again.
     */
    private void forgetOnCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.clear();
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> read) {
        Instant now = Instant.now();
        Cached<?> known = cache.get(key);
        if (known != null && known.readAt().plusSeconds(cacheSeconds).isAfter(now)) {
            return (T) known.value();
        }
        T value = read.get();
        cache.put(key, new Cached<>(value, now));
        return value;
    }
}
