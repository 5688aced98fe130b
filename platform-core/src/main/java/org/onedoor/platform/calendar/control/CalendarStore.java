package org.onedoor.platform.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.calendar.entity.CalendarYear;
import org.onedoor.platform.calendar.entity.DayKind;
import org.onedoor.platform.tenancy.control.ModuleDataSource;

/**
 * The calendar's rows in {@code platform.calendar_day} and {@code platform.calendar_year}, through the
 * module's data source so writes join the caller's transaction (as the center tree reads).
 */
@ApplicationScoped
public class CalendarStore {

    /** The national calendar's scope; local days are scoped by their district's division code. */
    public static final String NATIONAL = "CN";

    /** The loaded years and the notice each comes from. */
    public Map<Integer, String> loadedYears() {
        try (Connection connection = ModuleDataSource.get().getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select year, source from platform.calendar_year order by year");
                ResultSet row = query.executeQuery()) {
            Map<Integer, String> years = new TreeMap<>();
            while (row.next()) {
                years.put(row.getInt("year"), row.getString("source"));
            }
            return years;
        } catch (SQLException e) {
            throw new IllegalStateException("the calendar's years cannot be read", e);
        }
    }

    /** Every day of {@code scope}, by date. */
    public List<CalendarDay> days(String scope) {
        try (Connection connection = ModuleDataSource.get().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select date, kind, name from platform.calendar_day where scope = ? order by date")) {
            query.setString(1, scope);
            List<CalendarDay> days = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    days.add(new CalendarDay(
                            row.getDate("date").toLocalDate(),
                            DayKind.valueOf(row.getString("kind")),
                            row.getString("name")));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException("the calendar's days cannot be read", e);
        }
    }

    /** Replaces the national days of the year and records it loaded, in the caller's transaction. */
    public void replace(CalendarYear year, String actor) {
        try (Connection connection = ModuleDataSource.get().getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from platform.calendar_day"
                    + " where scope = '" + NATIONAL + "' and date between ? and ?")) {
                delete.setDate(1, Date.valueOf(LocalDate.of(year.year(), 1, 1)));
                delete.setDate(2, Date.valueOf(LocalDate.of(year.year(), 12, 31)));
                delete.executeUpdate();
            }
            for (CalendarDay day : year.days()) {
                upsert(connection, NATIONAL, day);
            }
            try (PreparedStatement loaded = connection.prepareStatement(
                    "insert into platform.calendar_year (year, source, loaded_at, loaded_by) values (?, ?, now(), ?)"
                            + " on conflict (year) do update set source = excluded.source,"
                            + " loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by")) {
                loaded.setInt(1, year.year());
                loaded.setString(2, year.source());
                loaded.setString(3, actor);
                loaded.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the calendar of " + year.year() + " cannot be saved", e);
        }
    }

    /** Declares (or redeclares) a local day of a district. */
    public void declare(String scope, CalendarDay day) {
        try (Connection connection = ModuleDataSource.get().getConnection()) {
            upsert(connection, scope, day);
        } catch (SQLException e) {
            throw new IllegalStateException("the local day cannot be saved", e);
        }
    }

    /** Removes a local day of a district; whether there was one. */
    public boolean remove(String scope, LocalDate date) {
        try (Connection connection = ModuleDataSource.get().getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from platform.calendar_day where scope = ? and date = ?")) {
            delete.setString(1, scope);
            delete.setDate(2, Date.valueOf(date));
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("the local day cannot be removed", e);
        }
    }

    private static void upsert(Connection connection, String scope, CalendarDay day) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into platform.calendar_day (scope, date, kind, name) values (?, ?, ?, ?)"
                        + " on conflict (scope, date) do update set kind = excluded.kind, name = excluded.name")) {
            insert.setString(1, scope);
            insert.setDate(2, Date.valueOf(day.date()));
            insert.setString(3, day.kind().name());
            insert.setString(4, day.name());
            insert.executeUpdate();
        }
    }
}
