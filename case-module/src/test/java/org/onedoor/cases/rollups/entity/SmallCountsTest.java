package org.onedoor.cases.rollups.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.cases.rollups.entity.SmallCounts.Split;

class SmallCountsTest {

    @Test
    @DisplayName("#13 sensitive categories are never shown one by one, a center's own categories included")
    void sensitiveCategories() {
        for (String code : List.of(
                "marriage-family", "divorce", "support", "inheritance", "domestic-violence", "medical", "minors")) {
            assertThat(SmallCounts.isOpen(code)).as(code).isFalse();
        }
        assertThat(SmallCounts.isOpen("neighbour")).isTrue();
        assertThat(SmallCounts.isOpen("house-rental"))
                .as("a center's own category: unknown, so sensitive")
                .isFalse();
    }

    @Test
    @DisplayName("#13 a region is safe when every sensitive count is 0, or at least 3 beside at least 3 others")
    void safeRegions() {
        assertThat(split(0, 0).isSafe()).isTrue();
        assertThat(split(0, 1).isSafe())
                .as("only open matters: nothing sensitive to tell")
                .isTrue();
        assertThat(split(1, 20).isSafe()).as("one sensitive matter").isFalse();
        assertThat(split(2, 20).isSafe()).isFalse();
        assertThat(split(3, 3).isSafe()).isTrue();
        assertThat(split(5, 2).isSafe())
                .as("nearly every matter here was sensitive")
                .isFalse();
        Split resolvedOnce = new Split(
                Figures.zero().plus(Counter.RECEIVED, 5).plus(Counter.RESOLVED, 1),
                Figures.zero().plus(Counter.RECEIVED, 5).plus(Counter.RESOLVED, 5));
        assertThat(resolvedOnce.isSafe()).as("one sensitive matter resolved").isFalse();
        Split escalatedOnce = new Split(
                Figures.zero().plus(Counter.RECEIVED, 5).plus(Counter.ESCALATED_OUT, 1),
                Figures.zero().plus(Counter.RECEIVED, 5));
        assertThat(escalatedOnce.isSafe())
                .as("escalations are not broken down by category, so not judged")
                .isTrue();
    }

    @Test
    @DisplayName(
            "#13 a city whose one district is withheld is withheld too when the city minus the other district would tell it")
    void complementaryWithholding() {
        Map<String, List<String>> tree = Map.of("city", List.of("d1", "d2"), "d1", List.of(), "d2", List.of());
        Map<String, Split> month = Map.of("city", split(6, 20), "d1", split(5, 10), "d2", split(1, 10));
        assertThat(SmallCounts.publishable("d1", tree, month)).isTrue();
        assertThat(SmallCounts.publishable("d2", tree, month)).isFalse();
        assertThat(SmallCounts.publishable("city", tree, month))
                .as("city 6 − district one 5 = district two's 1")
                .isFalse();

        Map<String, Split> withOwnWork = Map.of("city", split(9, 25), "d1", split(5, 10), "d2", split(1, 10));
        assertThat(SmallCounts.publishable("city", tree, withOwnWork))
                .as("city 9 − 5 = 4: the city's own 3 and district two's 1 cannot be told apart")
                .isTrue();
    }

    /**
     * An attacker with every shown category table of random trees and months: any sum of regions
     * that the shown figures determine (by any additions and subtractions, found by Gaussian
     * elimination) has a safe value. Fails for the old rule, which showed every district.
     */
    @Test
    @DisplayName("#13 no combination of shown figures isolates a small sensitive count (random trees, exhaustive)")
    void noCombinationIsolatesASmallCount() {
        Random random = new Random(13);
        for (int round = 0; round < 400; round++) {
            Tree tree = Tree.random(random);
            List<Integer> shown = new ArrayList<>();
            for (int area = 0; area < tree.size(); area++) {
                if (SmallCounts.publishable(tree.code(area), tree.children, tree.splits)) {
                    shown.add(area);
                }
            }
            for (int set = 1; set < (1 << tree.size()); set++) {
                double[] wanted = new double[tree.size()];
                for (int own = 0; own < tree.size(); own++) {
                    wanted[own] = (set >> own & 1);
                }
                if (determined(tree, shown, wanted)) {
                    long sensitive = 0;
                    long open = 0;
                    for (int own = 0; own < tree.size(); own++) {
                        if ((set >> own & 1) == 1) {
                            sensitive += tree.own[own][0];
                            open += tree.own[own][1];
                        }
                    }
                    assertThat(split(sensitive, open).isSafe())
                            .as(
                                    "round %d: the own work of %s is determined by %s: sensitive %d, open %d",
                                    round, Integer.toBinaryString(set), shown, sensitive, open)
                            .isTrue();
                }
            }
        }
    }

    /** Whether {@code wanted} (a 0/1 vector over the areas' own work) is a combination of the shown subtree sums. */
    private static boolean determined(Tree tree, List<Integer> shown, double[] wanted) {
        int n = tree.size();
        double[][] rows = new double[shown.size()][];
        for (int i = 0; i < shown.size(); i++) {
            rows[i] = tree.subtreeVector(shown.get(i));
        }
        return rank(rows, n) == rank(append(rows, wanted), n);
    }

    private static double[][] append(double[][] rows, double[] row) {
        double[][] all = java.util.Arrays.copyOf(rows, rows.length + 1);
        all[rows.length] = row;
        return all;
    }

    private static int rank(double[][] source, int columns) {
        double[][] m = new double[source.length][];
        for (int i = 0; i < source.length; i++) {
            m[i] = source[i].clone();
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                    double factor = m[r][c] / m[rank][c];
                    for (int k = 0; k < columns; k++) {
                        m[r][k] -= factor * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static Split split(long sensitive, long open) {
        return new Split(
                Figures.zero().plus(Counter.RECEIVED, sensitive), Figures.zero().plus(Counter.RECEIVED, open));
    }

    /** A random tree of up to 7 large areas, each with its own sensitive and open matters of one month. */
    private static final class Tree {
        final int[] parent;
        final long[][] own;
        final Map<String, List<String>> children = new HashMap<>();
        final Map<String, Split> splits = new HashMap<>();

        private Tree(int[] parent, long[][] own) {
            this.parent = parent;
            this.own = own;
            for (int area = 0; area < size(); area++) {
                children.put(code(area), new ArrayList<>());
            }
            for (int area = 1; area < size(); area++) {
                children.get(code(parent[area])).add(code(area));
            }
            for (int area = 0; area < size(); area++) {
                double[] subtree = subtreeVector(area);
                long sensitive = 0;
                long open = 0;
                for (int b = 0; b < size(); b++) {
                    if (subtree[b] == 1) {
                        sensitive += own[b][0];
                        open += own[b][1];
                    }
                }
                splits.put(code(area), split(sensitive, open));
            }
        }

        static Tree random(Random random) {
            int size = 2 + random.nextInt(6);
            int[] parent = new int[size];
            long[][] own = new long[size][2];
            for (int area = 0; area < size; area++) {
                parent[area] = area == 0 ? -1 : random.nextInt(area);
                own[area][0] = random.nextInt(3) == 0 ? 0 : random.nextInt(5);
                own[area][1] = random.nextInt(8);
            }
            return new Tree(parent, own);
        }

        int size() {
            return parent.length;
        }

        String code(int area) {
            return "a" + area;
        }

        double[] subtreeVector(int root) {
            double[] vector = new double[size()];
            for (int area = 0; area < size(); area++) {
                int up = area;
                while (up != -1 && up != root) {
                    up = parent[up];
                }
                vector[area] = up == root ? 1 : 0;
            }
            return vector;
        }
    }
}
