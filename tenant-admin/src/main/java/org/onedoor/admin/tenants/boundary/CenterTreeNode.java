package org.onedoor.admin.tenants.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onedoor.admin.tenants.boundary.CentersPage.Node;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.TreeNodeChildren;

/**
 * A line of the centers tree. A center's children are read when it is first opened, a page at a
 * time: a district with 300 streets shows the first page and a line "show more" that reads the
 * next. PrimeFaces walks only the lines read so far (it asks {@link #isLoaded()}), and a center
 * without children is a leaf from its count, without asking the database.
 */
public final class CenterTreeNode extends LazyDefaultTreeNode<CenterTreeNode.Line> {

    private static final long serialVersionUID = 1L;

    /** The type of the "show more" line, for its own {@code p:treeNode}. */
    static final String MORE = "more";

    /** Enough for most streets and communities at once; a page is one query either way. */
    static final int PAGE_SIZE = 25;

    /** What a line shows: a center, or the way on to more of its parent's children. */
    public interface Line extends Serializable {}

    /** The line after a page of children when more follow: {@code page} is the next one to read. */
    public record More(String parentCode, int page, long remaining) implements Line {}

    /** Reads a page of a center's children. The tree lives in the view's state: this holds no beans. */
    @FunctionalInterface
    interface Children extends Serializable {
        Page<Node> page(String parentCode, PageRequest request);
    }

    private final Children reader;
    private boolean loaded;

    private CenterTreeNode(Line line, Children reader, boolean loaded) {
        super(line, null, null);
        this.reader = reader;
        this.loaded = loaded;
        if (line instanceof More) {
            setType(MORE);
        }
    }

    /** The invisible root above {@code tops}, the highest centers the caller administers. */
    static CenterTreeNode root(List<Node> tops, Children reader) {
        CenterTreeNode root = new CenterTreeNode(null, reader, true);
        tops.forEach(top -> root.getChildren().add(new CenterTreeNode(top, reader, false)));
        return root;
    }

    @Override
    public boolean isLeaf() {
        return getData() instanceof More || (getData() instanceof Node center && center.children() == 0);
    }

    @Override
    public boolean isLoaded() {
        return loaded;
    }

    boolean isMore() {
        return getData() instanceof More;
    }

    @Override
    public TreeNodeChildren<Line> getChildren() {
        lazyLoad();
        return children;
    }

    @Override
    public int getChildCount() {
        lazyLoad();
        return children.size();
    }

    @Override
    protected void lazyLoad() {
        if (!loaded && !isLeaf() && getData() instanceof Node center) {
            loaded = true;
            append(center.code(), 0);
        }
    }

    /** Replaces this "show more" line by the next page of its parent's children. */
    void showMore() {
        if (getData() instanceof More more && getParent() instanceof CenterTreeNode parent) {
            parent.children.remove(this);
            parent.append(more.parentCode(), more.page());
        }
    }

    /** Adds a page of children, skipping any shown already (one opened meanwhile), and "show more" when more follow. */
    private void append(String code, int page) {
        Page<Node> read = reader.page(code, new PageRequest(page, PAGE_SIZE));
        Set<String> shown = centers().stream().map(Node::code).collect(Collectors.toSet());
        List<TreeNode<Line>> lines = new ArrayList<>();
        read.items().stream()
                .filter(child -> !shown.contains(child.code()))
                .forEach(child -> lines.add(new CenterTreeNode(child, reader, false)));
        long after = read.total() - (long) (page + 1) * PAGE_SIZE;
        if (after > 0) {
            lines.add(new CenterTreeNode(new More(code, page + 1, after), reader, true));
        }
        children.addAll(lines);
    }

    private List<Node> centers() {
        return children.stream()
                .map(TreeNode::getData)
                .filter(Node.class::isInstance)
                .map(Node.class::cast)
                .toList();
    }

    /** The line of the child {@code code} among those read so far. */
    Optional<CenterTreeNode> child(String code) {
        return getChildren().stream()
                .filter(line ->
                        line.getData() instanceof Node center && center.code().equals(code))
                .map(CenterTreeNode.class::cast)
                .findFirst();
    }

    /**
     * A center just opened beneath this one: counted, and put in its place among the children read
     * so far (read now if none were). Answers its line.
     */
    Optional<CenterTreeNode> adopt(Node child) {
        if (getData() instanceof Node center) {
            setData(center.withChildren(center.children() + 1));
        }
        if (!loaded) {
            return child(child.code());
        }
        int at = 0;
        while (at < children.size()
                && children.get(at).getData() instanceof Node shown
                && shown.code().compareTo(child.code()) < 0) {
            at++;
        }
        CenterTreeNode line = new CenterTreeNode(child, reader, false);
        children.add(at, line);
        return Optional.of(line);
    }

    /**
     * The line of the center at the end of {@code path} (codes from one of the tops down), opening
     * the lines above it; empty when it is not among the pages read (the search still shows it).
     */
    Optional<CenterTreeNode> reveal(List<String> path) {
        CenterTreeNode line = this;
        for (String code : path) {
            if (line != this) {
                line.setExpanded(true);
            }
            Optional<CenterTreeNode> next = line.child(code);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            line = next.get();
        }
        return line == this ? Optional.empty() : Optional.of(line);
    }
}
