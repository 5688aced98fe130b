package org.onedoor.admin.tenants.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onedoor.admin.tenants.boundary.CentersPage.Node;
import org.onedoor.admin.tenants.control.Branches;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.entity.Branch;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * Finding a center by name or code on the centers page, inside the part of the tree the caller
 * administers (never elsewhere); each result with its place ("湖北省 › 武汉市 › 江岸区"), and a
 * chosen one shown as if selected in the tree.
 */
@Named
@ViewScoped
public class CenterSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    private static final Map<String, String> FIELDS = Map.of("q", "centers:search-text");

    /** A center found, with the names of the centers above it inside the caller's tree. */
    public record Found(Node center, List<String> above) implements Serializable {

        public Found {
            above = List.copyOf(above);
        }

        static Found of(Branch branch) {
            return new Found(
                    Node.of(branch), branch.above().stream().map(Tenant::name).toList());
        }

        /** Where the center is: its parents' names from the top of the caller's tree. */
        public String place() {
            return String.join(" › ", above);
        }
    }

    @Inject
    Branches branches;

    @Inject
    Delegation delegation;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    private String text;
    private String searchedFor;
    private List<Found> results = List.of();
    private long total;
    private int pages;

    public void search() {
        clearResults();
        try {
            String wanted = Branches.searchText(text);
            results = read(wanted, 0);
            searchedFor = wanted;
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    /** The next page of results, below the ones shown. */
    public void readMore() {
        if (searchedFor != null && isMore()) {
            List<Found> all = new ArrayList<>(results);
            all.addAll(read(searchedFor, pages));
            results = List.copyOf(all);
        }
    }

    public void clear() {
        text = null;
        clearResults();
    }

    private void clearResults() {
        searchedFor = null;
        results = List.of();
        total = 0;
        pages = 0;
    }

    private List<Found> read(String wanted, int page) {
        Page<Branch> found = branches.search(
                delegation.administeredTree(currentCaller.require()), wanted, new PageRequest(page, PAGE_SIZE));
        total = found.total();
        pages = page + 1;
        return found.items().stream().map(Found::of).toList();
    }

    public boolean isSearched() {
        return searchedFor != null;
    }

    /** Whether more results follow than are shown. */
    public boolean isMore() {
        return results.size() < total;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Found> getResults() {
        return results;
    }

    public long getTotal() {
        return total;
    }
}
