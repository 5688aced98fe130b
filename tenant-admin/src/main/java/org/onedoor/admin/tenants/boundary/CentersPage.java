package org.onedoor.admin.tenants.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.tenants.control.Branches;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.Onboarding;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.AdministeredTree;
import org.onedoor.admin.tenants.entity.Branch;
import org.onedoor.admin.tenants.entity.NewCenter;
import org.onedoor.admin.tenants.entity.ProvisioningRecord;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.StepStatus;
import org.onedoor.platform.time.entity.CenterTime;
import org.primefaces.PrimeFaces;
import org.primefaces.model.TreeNode;

/**
 * The tenant tree page: one tree from the highest centers the caller administers, read a page of
 * children at a time when a center is opened (search is {@link CenterSearch}); the selected center
 * with its provisioning steps; opening a center beneath it (or, for the operator, at the top);
 * renaming, suspending, reactivating, archiving; retrying failed provisioning.
 */
@Named
@ViewScoped
public class CentersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Centers serve Chinese residents; the server's own zone (often UTC) would mislead. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * Where the rules of a new center show their messages: the fields of the dialog. The parent is
     * the center selected in the tree, so a wrong or missing parent shows at the code.
     */
    private static final Map<String, String> NEW_CENTER_FIELDS = Map.of(
            "code", "create:code",
            "parentCode", "create:code",
            "name", "create:name",
            "administratorUsername", "create:admin-username",
            "administratorEmail", "create:admin-email",
            "administratorName", "create:admin-name");

    private static final Map<String, String> RENAME_FIELDS = Map.of("name", "centers:new-name");

    /** A center as the page shows it, in the tree and as the selection, with its number of children. */
    public record Node(String code, String name, String level, String status, String failureReason, long children)
            implements CenterTreeNode.Line {

        static Node of(Branch branch) {
            Tenant tenant = branch.center();
            return new Node(
                    tenant.code().value(),
                    tenant.name(),
                    tenant.level().name(),
                    tenant.status().name(),
                    tenant.failureReason(),
                    branch.children());
        }

        Node withChildren(long count) {
            return new Node(code, name, level, status, failureReason, count);
        }
    }

    /** One provisioning step of the selected center. */
    public record Step(String step, String status, String detail, int attempts, String finishedAt)
            implements Serializable {

        static Step of(ProvisioningRecord record) {
            OffsetDateTime finished = record.finishedAt();
            return new Step(
                    record.step(),
                    record.status().name(),
                    record.detail(),
                    record.attempts(),
                    finished == null ? "" : TIME.format(finished.atZoneSameInstant(CenterTime.zone())));
        }

        boolean isUnderway() {
            return StepStatus.valueOf(status).isUnderway();
        }
    }

    /**
     * Reads a page of an opened center's children: all of them are the caller's, since the tree
     * starts at centers it administers. Kept in the view's state, so it looks its bean up when called.
     */
    static Page<Node> children(String parentCode, PageRequest request) {
        return CDI.current()
                .select(Branches.class)
                .get()
                .children(parentCode, request)
                .map(Node::of);
    }

    @Inject
    TenantRegistry registry;

    @Inject
    Branches branches;

    @Inject
    Delegation delegation;

    @Inject
    Onboarding onboarding;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    private CenterTreeNode root;
    private TreeNode<CenterTreeNode.Line> selectedNode;
    /** The line of the selected center; {@code selectedNode} is whatever was clicked last, "show more" too. */
    private TreeNode<CenterTreeNode.Line> shownNode;

    private Node selected;
    private List<Step> steps = List.of();
    private NewCenter newCenter = new NewCenter();
    private Node parentOfNew;
    private String newName;
    private String handOver;
    private boolean administrable;
    private boolean openable;

    /**
     * One tree from the highest centers the caller administers (the top centers for the operator),
     * each with its number of children, in one query; nothing beneath them is read until opened.
     */
    @PostConstruct
    void init() {
        Caller caller = currentCaller.require();
        List<Node> tops = branches.roots(delegation.administeredTree(caller)).stream()
                .map(Node::of)
                .toList();
        root = CenterTreeNode.root(tops, CentersPage::children);
    }

    /** Whether the caller administers centers at all (officials read the rollups in the cases module); others get an explanation instead of the tree. */
    public boolean isAdministrator() {
        Caller caller = currentCaller.require();
        return Delegation.isOperator(caller) || caller.hasRole(Roles.TENANT_ADMIN);
    }

    public boolean isOperator() {
        return Delegation.isOperator(currentCaller.require());
    }

    /** Whether the caller may rename, suspend, reactivate, archive the selected center (Delegation's rule). */
    public boolean isMayAdminister() {
        return administrable;
    }

    /** Whether to offer opening a center beneath the selected one (Delegation's rule). */
    public boolean isMayOpenBeneath() {
        return openable;
    }

    /** A line chosen in the tree: its center's details, or (for "show more") the next page of its siblings. */
    public void onSelect() {
        if (selectedNode instanceof CenterTreeNode line && line.isMore()) {
            line.showMore();
            selectedNode = shownNode;
            if (shownNode != null) {
                shownNode.setSelected(true);
            }
            PrimeFaces.current().ajax().update("centers:tree");
            return;
        }
        if (selectedNode != null && selectedNode.getData() instanceof Node center) {
            if (shownNode != null && shownNode != selectedNode) {
                shownNode.setSelected(false); // chosen by search or opened here: PrimeFaces does not know it
            }
            shownNode = selectedNode;
            select(center.code());
            handOver = null;
        }
    }

    /**
     * A center chosen among the search results: its details, and its line in the tree, opened down
     * to it, when it is among the pages read so far.
     */
    public void reveal(String code) {
        AdministeredTree tree = delegation.administeredTree(currentCaller.require());
        List<String> path = tree.within(registry.path(code));
        if (path.isEmpty()) {
            return;
        }
        if (shownNode != null) {
            shownNode.setSelected(false);
        }
        shownNode = root.reveal(path).orElse(null);
        selectedNode = shownNode;
        if (shownNode != null) {
            shownNode.setSelected(true);
        }
        select(code);
        handOver = null;
    }

    private void select(String code) {
        Caller caller = currentCaller.require();
        Optional<Branch> branch = branches.find(code).filter(found -> delegation.maySee(caller, found.center()));
        Optional<Tenant> center = branch.map(Branch::center);
        selected = branch.map(Node::of).orElse(null);
        newName = center.map(Tenant::name).orElse(null);
        steps = center.map(found ->
                        registry.provisioning(code).stream().map(Step::of).toList())
                .orElse(List.of());
        administrable = center.filter(found -> allowed(() -> delegation.requireMayAdminister(caller, found)))
                .isPresent();
        openable =
                center.filter(found -> delegation.mayOpenBeneath(caller, found)).isPresent();
        if (selected != null
                && shownNode instanceof CenterTreeNode shown
                && shown.getData() instanceof Node line
                && line.code().equals(code)) {
            shown.setData(selected);
        }
    }

    /** Whether a rule of Delegation lets the caller through; the page offers only what would be allowed. */
    private static boolean allowed(Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (OneDoorException refused) {
            return false;
        }
    }

    /** Reads the selected center again: the poll while provisioning runs. */
    public void refresh() {
        if (selected != null) {
            select(selected.code());
        }
    }

    /** While a step waits or runs, the page asks again every two seconds. */
    public boolean isProvisioning() {
        return steps.stream().anyMatch(Step::isUnderway);
    }

    public boolean isRetryable() {
        return steps.stream().anyMatch(step -> StepStatus.FAILED.name().equals(step.status()));
    }

    /** Prepares the dialog: a center beneath the selected one, or ({@code top}) at the top of the tree. */
    public void prepareCreate(boolean top) {
        newCenter = new NewCenter();
        parentOfNew = top ? null : selected;
    }

    public void create() {
        try {
            newCenter.setParentCode(parentOfNew == null ? null : parentOfNew.code());
            Onboarding.Created created = onboarding.create(currentCaller.require(), newCenter);
            Node center = Node.of(new Branch(created.center(), 0));
            show(center, parentOfNew == null ? root : shownNode);
            IdentityProvider.Account account = created.administrator();
            handOver = account != null && account.temporaryPassword() != null
                    ? feedback.text("ui.handover", account.username(), account.temporaryPassword())
                    : null;
            feedback.info("ui.created", center.name(), center.code());
            newCenter = new NewCenter();
        } catch (OneDoorException refused) {
            feedback.refused(refused, NEW_CENTER_FIELDS);
        }
    }

    /** Puts a new center in its place in the tree, opens its parent and selects it. */
    private void show(Node center, TreeNode<CenterTreeNode.Line> parent) {
        Optional<CenterTreeNode> line = parent instanceof CenterTreeNode lines ? lines.adopt(center) : Optional.empty();
        if (parent != null) {
            parent.setExpanded(true);
        }
        if (shownNode != null) {
            shownNode.setSelected(false);
        }
        shownNode = line.orElse(null);
        selectedNode = shownNode;
        line.ifPresent(shown -> shown.setSelected(true));
        select(center.code());
    }

    public void rename() {
        change(() -> onboarding.rename(currentCaller.require(), selected.code(), newName), RENAME_FIELDS);
    }

    public void suspend() {
        change(() -> onboarding.suspend(currentCaller.require(), selected.code()), Map.of());
    }

    public void reactivate() {
        change(() -> onboarding.reactivate(currentCaller.require(), selected.code()), Map.of());
    }

    public void archive() {
        change(() -> onboarding.archive(currentCaller.require(), selected.code()), Map.of());
    }

    public void retry() {
        change(() -> onboarding.retry(currentCaller.require(), selected.code()), Map.of());
    }

    private void change(Supplier<Tenant> action, Map<String, String> fields) {
        if (selected == null) {
            return;
        }
        try {
            Tenant changed = action.get();
            feedback.info("ui.changed", changed.name());
        } catch (OneDoorException refused) {
            feedback.refused(refused, fields);
        }
        refresh();
    }

    public TreeNode<CenterTreeNode.Line> getRoot() {
        return root;
    }

    public TreeNode<CenterTreeNode.Line> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<CenterTreeNode.Line> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public Node getSelected() {
        return selected;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public NewCenter getNewCenter() {
        return newCenter;
    }

    public Node getParentOfNew() {
        return parentOfNew;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getHandOver() {
        return handOver;
    }
}
