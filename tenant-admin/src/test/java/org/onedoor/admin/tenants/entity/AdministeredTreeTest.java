package org.onedoor.admin.tenants.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdministeredTreeTest {

    private static final List<String> HUBEI = List.of("420000");
    private static final List<String> JIANGAN = List.of("420000", "420100", "420102");
    private static final List<String> DAZHI = List.of("420000", "420100", "420102", "420102001");
    private static final List<String> CHEZHANLU = List.of("420000", "420100", "420102", "420102001", "420102001001");
    private static final List<String> MINZU = List.of("420000", "420100", "420103", "420103001");
    private static final List<String> JIANGHAN = List.of("420000", "420100", "420103");

    @Test
    void aStreetAndACommunityOfAnAdministeredDistrictAreNoRootsOfTheirOwn() {
        AdministeredTree tree = AdministeredTree.of(List.of(CHEZHANLU, DAZHI, JIANGAN));

        assertThat(tree.roots()).containsExactly("420102");
    }

    @Test
    void unrelatedCentersAreRootsSideBySide() {
        AdministeredTree tree = AdministeredTree.of(List.of(MINZU, DAZHI));

        assertThat(tree.roots()).containsExactly("420102001", "420103001");
    }

    @Test
    void aCenterOnlyBesideAnAdministeredOneStaysARoot() {
        AdministeredTree tree = AdministeredTree.of(List.of(JIANGAN, MINZU, CHEZHANLU));

        assertThat(tree.roots()).containsExactly("420102", "420103001");
    }

    @Test
    void unknownCentersHaveNoPathAndGiveNoRoot() {
        assertThat(AdministeredTree.of(List.of(List.of(), DAZHI)).roots()).containsExactly("420102001");
        assertThat(AdministeredTree.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void aStreetAdministratorsTreeHoldsItsCommunitiesButNotItsDistrictOrSiblings() {
        AdministeredTree tree = AdministeredTree.of(List.of(DAZHI));

        assertThat(tree.covers(DAZHI)).isTrue();
        assertThat(tree.covers(CHEZHANLU)).isTrue();
        assertThat(tree.covers(JIANGAN)).as("its district").isFalse();
        assertThat(tree.covers(List.of("420000", "420100", "420102", "420102002")))
                .as("a sibling street")
                .isFalse();
        assertThat(tree.covers(MINZU)).isFalse();
        assertThat(tree.covers(List.of())).isFalse();
    }

    @Test
    void aPlaceIsShownFromTheRootDownNeverAboveIt() {
        AdministeredTree tree = AdministeredTree.of(List.of(DAZHI));

        assertThat(tree.within(CHEZHANLU)).containsExactly("420102001", "420102001001");
        assertThat(tree.within(JIANGHAN)).isEmpty();
    }

    @Test
    void theOperatorsTreeIsTheWholeRegistry() {
        AdministeredTree tree = AdministeredTree.whole(List.of("430000", "420000"));

        assertThat(tree.roots()).containsExactly("420000", "430000");
        assertThat(tree.covers(MINZU)).isTrue();
        assertThat(tree.within(CHEZHANLU)).isEqualTo(CHEZHANLU);
        assertThat(tree.covers(HUBEI)).isTrue();
    }
}
