package org.onedoor.admin.tenants.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.Onboarding;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.ProvisioningRecord;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The tenant tree page: the centers the caller may see, loaded level by level; the selected center
 * with its provisioning steps; opening a center beneath it; renaming, suspending, reactivating,
 * archiving; retrying failed provisioning.
 */
@Named
@ViewScoped
public class CentersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A center as a tree node carries it. */
    public record Node(String code, String name, String level, String status) implements Serializable {
        static Node of(Tenant tenant) {
            return new Node(
                    tenant.code().value(),
                    tenant.name(),
                    tenant.level().name(),
                    tenant.status().name());
        }
    }

    /** Loads a node's children when it is expanded; looks the registry up when called, so it serializes. */
    static final class Children implements org.primefaces.util.Callbacks.SerializableFunction<Node, List<Node>> {
        private static final long serialVersionUID = 1L;

        @Override
        public List<Node> apply(Node parent) {
            return CDI.current().select(TenantRegistry.class).get().children(parent.code()).stream()
                    .map(Node::of)
                    .toList();
        }
    }

    /** The form for a new center beneath the selected one. */
    public static final class NewCenter implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String administratorUsername;
        private String administratorEmail;
        private String administratorName;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAdministratorUsername() {
            return administratorUsername;
        }

        public void setAdministratorUsername(String administratorUsername) {
            this.administratorUsername = administratorUsername;
        }

        public String getAdministratorEmail() {
            return administratorEmail;
        }

        public void setAdministratorEmail(String administratorEmail) {
            this.administratorEmail = administratorEmail;
        }

        public String getAdministratorName() {
            return administratorName;
        }

        public void setAdministratorName(String administratorName) {
            this.administratorName = administratorName;
        }
    }

    @Inject
    transient TenantRegistry registry;

    @Inject
    transient Delegation delegation;

    @Inject
    transient Onboarding onboarding;

    @Inject
    transient CurrentCaller currentCaller;

    @Inject
    transient Feedback feedback;

    private TreeNode<Node> root;
    private TreeNode<Node> selectedNode;
    private String selectedCode;
    private NewCenter newCenter = new NewCenter();
    private String newName;
    private String handOver;

    @PostConstruct
    void init() {
        root = new DefaultTreeNode<>(null);
        Caller caller = currentCaller.require();
        List<Tenant> tops = Delegation.isOperator(caller) ? registry.roots() : registry.all(caller.centers());
        tops.forEach(top -> add(root, Node.of(top)));
    }

    private static TreeNode<Node> add(TreeNode<Node> parent, Node node) {
        TreeNode<Node> child = new LazyDefaultTreeNode<>(
                node, new Children(), leaf -> leaf.level().equals("COMMUNITY"));
        parent.getChildren().add(child);
        return child;
    }

    /** Whether the caller administers anything here at all (others see an explanation instead of the tree). */
    public boolean isAdministrator() {
        Caller caller = currentCaller.require();
        return Delegation.isOperator(caller) || caller.hasRole(Roles.TENANT_ADMIN) || caller.hasRole(Roles.OFFICIAL);
    }

    public void onSelect() {
        if (selectedNode != null && selectedNode.getData() != null) {
            selectedCode = selectedNode.getData().code();
            newName = selected().map(Tenant::name).orElse(null);
            handOver = null;
        }
    }

    public Optional<Tenant> selected() {
        Caller caller = currentCaller.require();
        return registry.find(selectedCode).filter(center -> delegation.maySee(caller, center));
    }

    public Tenant getSelected() {
        return selected().orElse(null);
    }

    public List<ProvisioningRecord> getSteps() {
        return selectedCode == null ? List.of() : registry.provisioning(selectedCode);
    }

    /** While provisioning runs, the page asks again every two seconds. */
    public boolean isProvisioning() {
        return getSteps().stream()
                .anyMatch(
                        step -> step.status().equals("PENDING") || step.status().equals("RUNNING"));
    }

    /** The caller may rename, suspend, reactivate, archive or retry the selected center. */
    public boolean isAdministrable() {
        return allowed(center -> delegation.requireMayAdminister(currentCaller.require(), center));
    }

    /** The caller may open centers beneath the selected one. */
    public boolean isMayOpenBeneath() {
        return selected()
                .map(center -> delegation.mayOpenBeneath(currentCaller.require(), center))
                .orElse(false);
    }

    private boolean allowed(java.util.function.Consumer<Tenant> check) {
        Optional<Tenant> center = selected();
        if (center.isEmpty()) {
            return false;
        }
        try {
            check.accept(center.get());
            return true;
        } catch (OneDoorException refused) {
            return false;
        }
    }

    public boolean isRetryable() {
        return getSteps().stream().anyMatch(step -> step.status().equals("FAILED"));
    }

    public void create() {
        try {
            Onboarding.Created created = onboarding.create(
                    currentCaller.require(),
                    new Onboarding.NewCenter(
                            newCenter.getCode(),
                            newCenter.getName(),
                            selectedCode,
                            newCenter.getAdministratorUsername(),
                            newCenter.getAdministratorEmail(),
                            newCenter.getAdministratorName()));
            if (selectedNode != null && selectedNode.getChildren() != null) {
                TreeNode<Node> child = add(selectedNode, Node.of(created.center()));
                selectedNode.setExpanded(true);
                selectNode(child);
            }
            IdentityProvider.Account account = created.administrator();
            handOver = account != null && account.temporaryPassword() != null
                    ? feedback.text("ui.handover", account.username(), account.temporaryPassword())
                    : null;
            feedback.info(
                    "ui.created",
                    created.center().name(),
                    created.center().code().value());
            newCenter = new NewCenter();
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    public void rename() {
        change(() -> onboarding.rename(currentCaller.require(), selectedCode, newName));
    }

    public void suspend() {
        change(() -> onboarding.suspend(currentCaller.require(), selectedCode));
    }

    public void reactivate() {
        change(() -> onboarding.reactivate(currentCaller.require(), selectedCode));
    }

    public void archive() {
        change(() -> onboarding.archive(currentCaller.require(), selectedCode));
    }

    public void retry() {
        change(() -> onboarding.retry(currentCaller.require(), selectedCode));
    }

    private void change(java.util.function.Supplier<Tenant> action) {
        try {
            Tenant changed = action.get();
            if (selectedNode instanceof DefaultTreeNode<Node> node) {
                node.setData(Node.of(changed));
            }
            feedback.info("ui.changed", changed.name());
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    private void selectNode(TreeNode<Node> node) {
        if (selectedNode != null) {
            selectedNode.setSelected(false);
        }
        node.setSelected(true);
        selectedNode = node;
        onSelect();
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

    public String getSelectedCode() {
        return selectedCode;
    }

    public NewCenter getNewCenter() {
        return newCenter;
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
