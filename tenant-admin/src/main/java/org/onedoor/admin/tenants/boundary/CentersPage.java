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
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.Onboarding;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.NewCenter;
import org.onedoor.admin.tenants.entity.ProvisioningRecord;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.StepStatus;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.time.entity.CenterTime;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.util.Callbacks;

/**
 * The tenant tree page: the centers the caller may see, loaded a level at a time; the selected
 * center with its provisioning steps; opening a center beneath it (or, for the operator, at the
 * top); renaming, suspending, reactivating, archiving; retrying failed provisioning.
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

    /** A center as the page shows it, in the tree and as the selection. */
    public record Node(String code, String name, String level, String status, String failureReason)
            implements Serializable {

        static Node of(Tenant tenant) {
            return new Node(
                    tenant.code().value(),
                    tenant.name(),
                    tenant.level().name(),
                    tenant.status().name(),
                    tenant.failureReason());
        }

        boolean isCommunity() {
            return TenantLevel.COMMUNITY.name().equals(level);
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
     * Loads the children of an expanded node, only those the caller may see. The tree keeps this
     * function in the view's state, so it looks its beans up when called instead of holding them.
     */
    static final class Children implements Callbacks.SerializableFunction<Node, List<Node>> {
        private static final long serialVersionUID = 1L;

        @Override
        public List<Node> apply(Node parent) {
            TenantRegistry registry = CDI.current().select(TenantRegistry.class).get();
            Delegation delegation = CDI.current().select(Delegation.class).get();
            Caller caller = CDI.current().select(CurrentCaller.class).get().require();
            return registry.children(parent.code()).stream()
                    .filter(child -> delegation.maySee(caller, child))
                    .map(Node::of)
                    .toList();
        }
    }

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    @Inject
    Onboarding onboarding;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    private TreeNode<Node> root;
    private TreeNode<Node> selectedNode;
    private Node selected;
    private List<Step> steps = List.of();
    private NewCenter newCenter = new NewCenter();
    private Node parentOfNew;
    private String newName;
    private String handOver;
    private boolean administrable;
    private boolean openable;

    /** The tops: every top center for the operator, else the caller's own centers (as the API's tops). */
    @PostConstruct
    void init() {
        root = new DefaultTreeNode<>(null);
        Caller caller = currentCaller.require();
        List<Tenant> tops = Delegation.isOperator(caller) ? registry.roots() : registry.all(caller.centers());
        tops.forEach(top -> root.getChildren().add(node(Node.of(top))));
    }

    private static TreeNode<Node> node(Node center) {
        return new LazyDefaultTreeNode<>(center, new Children(), Node::isCommunity);
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

    public void onSelect() {
        if (selectedNode != null && selectedNode.getData() != null) {
            select(selectedNode.getData().code());
            handOver = null;
        }
    }

    private void select(String code) {
        Caller caller = currentCaller.require();
        Optional<Tenant> center = registry.find(code).filter(found -> delegation.maySee(caller, found));
        selected = center.map(Node::of).orElse(null);
        newName = center.map(Tenant::name).orElse(null);
        steps = center.map(found ->
                        registry.provisioning(code).stream().map(Step::of).toList())
                .orElse(List.of());
        administrable = center.filter(found -> allowed(() -> delegation.requireMayAdminister(caller, found)))
                .isPresent();
        openable =
                center.filter(found -> delegation.mayOpenBeneath(caller, found)).isPresent();
        if (selected != null && selectedNode instanceof DefaultTreeNode<Node> shown) {
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
            Node center = Node.of(created.center());
            show(center, parentOfNew == null ? root : selectedNode);
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
    private void show(Node center, TreeNode<Node> parent) {
        if (parent == null) {
            return;
        }
        boolean loadedNow = parent instanceof LazyDefaultTreeNode<Node> lazy && !lazy.isLoaded();
        List<TreeNode<Node>> children = parent.getChildren();
        if (!loadedNow) {
            int at = 0;
            while (at < children.size() && children.get(at).getData().code().compareTo(center.code()) < 0) {
                at++;
            }
            children.add(at, node(center));
        }
        parent.setExpanded(true);
        children.stream()
                .filter(child -> child.getData().code().equals(center.code()))
                .findFirst()
                .ifPresent(this::selectNode);
    }

    private void selectNode(TreeNode<Node> node) {
        if (selectedNode != null) {
            selectedNode.setSelected(false);
        }
        node.setSelected(true);
        selectedNode = node;
        select(node.getData().code());
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

    public TreeNode<Node> getRoot() {
        return root;
    }

    public TreeNode<Node> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<Node> selectedNode) {
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
