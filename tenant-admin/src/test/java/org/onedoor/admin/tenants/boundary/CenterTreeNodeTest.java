package org.onedoor.admin.tenants.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onedoor.admin.tenants.boundary.CenterTreeNode.More;
import org.onedoor.admin.tenants.boundary.CentersPage.Node;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.primefaces.model.TreeNode;

class CenterTreeNodeTest {

    /** A district with 60 streets, each street with 3 communities, read page by page; every read recorded. */
    static final class Registry implements CenterTreeNode.Children {
        private static final long serialVersionUID = 1L;
        final List<String> reads = new ArrayList<>();
        final List<Node> streets = new ArrayList<>(IntStream.rangeClosed(1, 60)
                .mapToObj(i -> center(String.format("420102%03d", i), 3))
                .toList());

        @Override
        public Page<Node> page(String parentCode, PageRequest request) {
            reads.add(parentCode + "#" + request.page());
            List<Node> all = parentCode.equals("420102")
                    ? streets
                    : IntStream.rangeClosed(1, 3)
                            .mapToObj(i -> center(parentCode + String.format("%03d", i), 0))
                            .toList();
            int from = Math.min(request.offset(), all.size());
            int to = Math.min(from + request.size(), all.size());
            return Page.of(all.subList(from, to), request, all.size());
        }
    }

    private final Registry registry = new Registry();
    private final CenterTreeNode root =
            CenterTreeNode.root(List.of(center("420102", 60), center("420103", 0)), registry);

    @Test
    void nothingBeneathTheTopsIsReadBeforeItIsOpened() {
        assertThat(root.getChildCount()).isEqualTo(2);
        assertThat(root.getChildren()).allMatch(top -> top.getRowKey() != null);
        assertThat(registry.reads).isEmpty();
    }

    @Test
    void aCenterWithoutChildrenIsALeafWithoutAskingTheRegistry() {
        TreeNode<CenterTreeNode.Line> empty = root.getChildren().get(1);

        assertThat(empty.isLeaf()).isTrue();
        assertThat(empty.getChildCount()).isZero();
        assertThat(registry.reads).isEmpty();
    }

    @Test
    void openingADistrictReadsOnePageAndOffersTheRest() {
        TreeNode<CenterTreeNode.Line> district = root.getChildren().get(0);

        List<TreeNode<CenterTreeNode.Line>> lines = district.getChildren();

        assertThat(registry.reads).containsExactly("420102#0");
        assertThat(lines).hasSize(CenterTreeNode.PAGE_SIZE + 1);
        assertThat(lines.get(CenterTreeNode.PAGE_SIZE).getData()).isEqualTo(new More("420102", 1, 35));
        assertThat(lines.get(CenterTreeNode.PAGE_SIZE).getType()).isEqualTo(CenterTreeNode.MORE);
        assertThat(lines.get(0).getRowKey()).isEqualTo("0_0");
        assertThat(((CenterTreeNode) lines.get(0)).isLoaded())
                .as("streets stay unread")
                .isFalse();
    }

    @Test
    void showMoreReadsTheNextPagesUntilAllAreShown() {
        TreeNode<CenterTreeNode.Line> district = root.getChildren().get(0);
        ((CenterTreeNode) district.getChildren().get(CenterTreeNode.PAGE_SIZE)).showMore();
        ((CenterTreeNode) district.getChildren().get(2 * CenterTreeNode.PAGE_SIZE)).showMore();

        assertThat(registry.reads).containsExactly("420102#0", "420102#1", "420102#2");
        assertThat(district.getChildren()).hasSize(60).noneMatch(line -> line.getData() instanceof More);
        assertThat(district.getChildren().get(59).getRowKey()).isEqualTo("0_59");
    }

    @Test
    void aCenterOpenedBeneathAnOpenOneTakesItsPlaceByCodeAndIsCounted() {
        CenterTreeNode district = (CenterTreeNode) root.getChildren().get(0);
        district.getChildren();

        CenterTreeNode opened = district.adopt(center("420102000", 0)).orElseThrow();

        assertThat(district.getChildren().get(0)).isSameAs(opened);
        assertThat(((Node) district.getData()).children()).isEqualTo(61);
        assertThat(registry.reads).containsExactly("420102#0");
    }

    @Test
    void aCenterOpenedBeneathAnEmptyOneMakesItOpenable() {
        CenterTreeNode empty = (CenterTreeNode) root.getChildren().get(1);
        assertThat(empty.isLeaf()).isTrue();

        empty.adopt(center("420103001", 0));

        assertThat(empty.isLeaf()).isFalse();
        assertThat(((Node) empty.getData()).children()).isOne();
    }

    @Test
    void aFoundCenterIsRevealedByOpeningTheLinesAboveIt() {
        CenterTreeNode community =
                root.reveal(List.of("420102", "420102003", "420102003002")).orElseThrow();

        assertThat(((Node) community.getData()).code()).isEqualTo("420102003002");
        assertThat(community.getParent().isExpanded()).isTrue();
        assertThat(community.getParent().getParent().isExpanded()).isTrue();
        assertThat(registry.reads).containsExactly("420102#0", "420102003#0");
    }

    @Test
    void aCenterOnAPageNotReadYetIsNotRevealed() {
        assertThat(root.reveal(List.of("420102", "420102040"))).isEmpty();
        assertThat(root.reveal(List.of("420104"))).isEmpty();
    }

    static Node center(String code, long children) {
        return new Node(code, "中心" + code, "STREET", "ACTIVE", null, children);
    }
}
