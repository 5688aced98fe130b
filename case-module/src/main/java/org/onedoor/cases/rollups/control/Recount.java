package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.ClockMark;
import org.onedoor.cases.rollups.entity.Cell;
import org.onedoor.cases.rollups.entity.CountedEvent;
import org.onedoor.cases.rollups.entity.Counter;
import org.onedoor.cases.rollups.entity.Dimension;
import org.onedoor.cases.rollups.entity.Figures;
import org.onedoor.cases.rollups.entity.Period;
import org.onedoor.cases.rollups.entity.Tally;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.tenancy.control.CenterTree;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * Counts the figures again from the case files themselves — every timeline entry in every center
 * of an area — with the same {@link org.onedoor.cases.rollups.entity.Counting} the live projection
 * uses. The consistency check compares the result with the read model; the rebuild replaces the
 * read model of a whole tree with it (after an upgrade, or data loaded around the application).
 */
@ApplicationScoped
public class Recount {

    private static final Logger LOG = Logger.getLogger(Recount.class.getName());

    /** The timeline entries that move a counter (Counting); the others are not read at all. */
    private static final String COUNTED = Stream.of(
                    CaseAction.REGISTERED,
                    CaseAction.ACCEPTED,
                    CaseAction.RESOLVED,
                    CaseAction.NOT_RESOLVED,
                    CaseAction.FOLLOWED_UP,
                    CaseAction.CLOSED,
                    CaseAction.ESCALATED,
                    CaseAction.ESCALATED_IN)
            .map(action -> "'" + action.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** A rebuild writes its recount whenever it holds this many lines (some 50 MB of heap). */
    private static final int CELLS_PER_WRITE = 200_000;

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CenterTree tree;

    @Inject
    CenterPaths paths;

    @Inject
    RollupProjection projection;

    /** A report lists at most this many differences (and counts them all). */
    static final int DIFFERENCES_LISTED = 1_000;

    /**
     * One line of the read model that the case files contradict. A category line names neither its
     * category nor its counts: over a day in a street they would tell what one matter was about
     * (the small-count rule); the area and counter say where to look, a rebuild repairs it.
     */
    public record Difference(
            String area, Dimension dimension, String member, Counter counter, Long stored, Long recounted) {

        static Difference of(Key key, Counter counter, long stored, long recounted) {
            return key.dimension() == Dimension.CATEGORY
                    ? new Difference(key.area(), key.dimension(), null, counter, null, null)
                    : new Difference(key.area(), key.dimension(), key.member(), counter, stored, recounted);
        }
    }

    /** What a check compared, and what it found (the first {@link #DIFFERENCES_LISTED} differences). */
    public record Report(
            String area, Period period, int centers, long events, long differenceCount, List<Difference> differences) {
        public boolean consistent() {
            return differenceCount == 0;
        }
    }

    /** How far a check or rebuild got: centers read of all, timeline entries counted. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, events) -> {};

        void update(int centersDone, int centersTotal, long events);
    }

    /** Recounts {@code area} (already admitted) over {@code period} and compares with the read model. */
    @Transactional
    public Report check(String area, Period period, Progress progress) {
        List<Center> centers = subtree(area);
        Set<String> scope = codes(centers);
        Map<Key, Figures> expected = new HashMap<>();
        long events = 0;
        int done = 0;
        progress.update(0, centers.size(), 0);
        for (Center center : centers) {
            // one center's days at a time, summed into whole-period lines: memory stays small
            Tally tally = new Tally();
            events += read(center, period, event -> tally.count(event, paths.pathOf(event.center()), scope::contains));
            tally.cells().forEach((cell, figures) -> expected.merge(Key.of(cell), figures, Figures::plus));
            progress.update(++done, centers.size(), events);
        }
        Map<Key, Figures> stored = stored(scope, period);
        List<Difference> differences = new ArrayList<>();
        long count = 0;
        Set<Key> keys = new TreeSet<>(expected.keySet());
        keys.addAll(stored.keySet());
        for (Key key : keys) {
            Figures mine = stored.getOrDefault(key, Figures.zero());
            Figures theirs = expected.getOrDefault(key, Figures.zero());
            for (Counter counter : Counter.values()) {
                if (mine.get(counter) != theirs.get(counter)) {
                    count++;
                    if (differences.size() < DIFFERENCES_LISTED) {
                        differences.add(Difference.of(key, counter, mine.get(counter), theirs.get(counter)));
                    }
                }
            }
        }
        long found = count;
        LOG.info(() -> "consistency check of " + area + " " + period + ": " + centers.size() + " centers, " + found
                + " differences");
        return new Report(area, period, centers.size(), events, count, differences);
    }

    /**
     * Replaces the read model of the tree under the top-level center {@code top} with a recount of
     * all its case files. Live changes wait on the table lock meanwhile, so none is lost or doubled;
     * readers go on reading the old figures until the commit.
     */
    @Transactional
    public Report rebuild(String top, Progress progress) {
        if (paths.pathOf(top).size() != 1) {
            throw new ConflictException("rollups.rebuild.not-top", top);
        }
        em.createNativeQuery("lock table platform.rollup_count in exclusive mode")
                .executeUpdate();
        List<Center> centers = subtree(top);
        em.createNativeQuery("delete from platform.rollup_count where area_code = any (cast(?1 as varchar[]))")
                .setParameter(1, "{" + String.join(",", codes(centers)) + "}")
                .executeUpdate();
        long events = 0;
        int done = 0;
        progress.update(0, centers.size(), 0);
        Tally tally = new Tally();
        for (Center center : centers) {
            events += read(center, null, event -> tally.count(event, paths.pathOf(event.center())));
            progress.update(++done, centers.size(), events);
            // the areas above are shared by all centers: summing many centers before writing
            // writes their lines once per batch instead of once per center
            if (tally.size() >= CELLS_PER_WRITE) {
                projection.add(tally);
                tally.clear();
            }
        }
        projection.add(tally);
        long counted = events;
        LOG.info(() -> "rebuilt the statistics of " + top + ": " + centers.size() + " centers, " + counted + " events");
        return new Report(top, null, centers.size(), events, 0, List.of());
    }

    private record Center(String code, String schema) {}

    /** An area's line without its day: the check compares whole periods. */
    private record Key(String area, Dimension dimension, String member) implements Comparable<Key> {
        static Key of(Cell cell) {
            return new Key(cell.area(), cell.dimension(), cell.member());
        }

        @Override
        public int compareTo(Key other) {
            return (area + dimension + member).compareTo(other.area + other.dimension + other.member);
        }
    }

    /** The centers of the tree under {@code area} that have case files (provisioned ones). */
    private List<Center> subtree(String area) {
        @SuppressWarnings("unchecked")
        Set<String> provisioned = Set.copyOf(em.createNativeQuery(
                        "select table_schema from information_schema.tables" + " where table_name = 'case_event'")
                .getResultList());
        return tree.subtree(area).stream()
                .map(node -> new Center(node.code(), node.center().schemaName()))
                .filter(center -> provisioned.contains(center.schema()))
                .toList();
    }

    private static Set<String> codes(List<Center> centers) {
        Set<String> codes = new HashSet<>();
        centers.forEach(center -> codes.add(center.code()));
        return codes;
    }

    /** Feeds the counted entries the center itself wrote (not the copies escalation brought up). */
    private long read(Center center, Period period, Consumer<CountedEvent> counter) {
        String schema = "\"" + center.schema().replace("\"", "\"\"") + "\"";
        String within = period == null ? "" : " and e.at >= ?2 and e.at < ?3";
        var query = em.createNativeQuery("select e.center_code, e.action, e.at, coalesce(e.grade, c.grade),"
                        + " c.category_code, c.category_name, c.channel, c.registered_at, c.first_receiver, e.detail,"
                        + " c.clock_mark"
                        + " from " + schema + ".case_event e join " + schema + ".case_file c on c.id = e.case_id"
                        + " where e.center_code = ?1 and e.action in " + COUNTED + within)
                .setParameter(1, center.code());
        if (period != null) {
            query.setParameter(2, period.from().atStartOfDay(CenterTime.zone()).toOffsetDateTime())
                    .setParameter(
                            3,
                            period.to()
                                    .plusDays(1)
                                    .atStartOfDay(CenterTime.zone())
                                    .toOffsetDateTime());
        }
        List<Object[]> rows = Rollups.rowsOf(query.getResultList());
        for (Object[] row : rows) {
            counter.accept(new CountedEvent(
                    (String) row[0],
                    CaseAction.valueOf((String) row[1]),
                    instant(row[2]),
                    Grade.valueOf((String) row[3]),
                    (String) row[4],
                    (String) row[5],
                    Channel.valueOf((String) row[6]),
                    instant(row[7]),
                    (String) row[8],
                    (String) row[9],
                    ClockMark.valueOf((String) row[10])));
        }
        return rows.size();
    }

    private Map<Key, Figures> stored(Set<String> scope, Period period) {
        List<Object[]> found = Rollups.rowsOf(em.createNativeQuery("select r.area_code, r.dimension, r.member, "
                        + Rollups.SUMS + " from platform.rollup_count r where r.area_code = any (cast(?1 as varchar[]))"
                        + " and r.day between ?2 and ?3 group by r.area_code, r.dimension, r.member")
                .setParameter(1, "{" + String.join(",", scope) + "}")
                .setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to()))
                .getResultList());
        Map<Key, Figures> stored = new HashMap<>();
        for (Object[] row : found) {
            Figures figures = Rollups.figures(row, 3);
            if (!figures.isZero()) {
                stored.put(new Key((String) row[0], Dimension.valueOf((String) row[1]), (String) row[2]), figures);
            }
        }
        return stored;
    }

    /** A timestamptz column as the driver hands it over. */
    static OffsetDateTime instant(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof Timestamp at) {
            return at.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant at) {
            return at.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a point in time: " + value);
    }
}
