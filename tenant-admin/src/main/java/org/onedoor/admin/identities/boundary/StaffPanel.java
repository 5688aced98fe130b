package org.onedoor.admin.identities.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.onedoor.admin.identities.control.Staff;
import org.onedoor.admin.identities.entity.Member;
import org.onedoor.admin.tenants.boundary.CentersPage;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * The staff of the center selected in the tree: who holds which role, giving and taking roles. The
 * same rules as {@link MembersResource}: the center's administrators and those above it manage them.
 */
@Named
@ViewScoped
public class StaffPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "username", "centers:member-username",
            "role", "centers:member-role",
            "email", "centers:member-email",
            "name", "centers:member-name");

    /** One person in one role. */
    @Inject
    CentersPage centers;

    @Inject
    Delegation delegation;

    @Inject
    TenantRegistry registry;

    @Inject
    Staff staff;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    private String username;
    private String role;
    private String email;
    private String name;
    private String handOver;
    private boolean confirmExistingAccount;

    public boolean isConfirmExistingAccount() {
        return confirmExistingAccount;
    }

    public void setConfirmExistingAccount(boolean confirmExistingAccount) {
        this.confirmExistingAccount = confirmExistingAccount;
    }

    /** The center (code and state) the members below were read for, and whether the caller may manage them. */
    private String shownFor;

    private boolean manageable;
    private List<Member> members = List.of();

    public List<String> getRoles() {
        return Staff.CENTER_ROLES;
    }

    public boolean isManageable() {
        follow();
        return manageable;
    }

    public List<Member> getMembers() {
        follow();
        return members;
    }

    public void grant() {
        try {
            Staff.Granted granted = staff.grant(
                    currentCaller.require(), staffOf(), username, role, email, name, confirmExistingAccount);
            handOver = granted.temporaryPassword() == null
                    ? null
                    : feedback.text("ui.handover", granted.username(), granted.temporaryPassword());
            feedback.info("ui.granted", granted.username(), feedback.text("role." + role));
            username = null;
            email = null;
            name = null;
            confirmExistingAccount = false;
            load(staffOf());
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    public void revoke(Member member) {
        try {
            Tenant center = staffOf();
            staff.revoke(currentCaller.require(), center, member.username(), member.role());
            feedback.info("ui.revoked", member.username(), feedback.text("role." + member.role()));
            load(center);
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    /** The selected center, when the caller may manage its staff (else the refusal). */
    private Tenant staffOf() {
        Tenant center = registry.get(
                centers.getSelected() == null ? null : centers.getSelected().code());
        delegation.requireMayManageStaff(currentCaller.require(), center);
        return center;
    }

    /**
     * Reads the members again when another center was selected since, or the selected one changed
     * state (a new center's first administrator joins when its provisioning ends).
     */
    private void follow() {
        CentersPage.Node selected = centers.getSelected();
        String key = selected == null ? null : selected.code() + "/" + selected.status();
        if (key == null || key.equals(shownFor)) {
            return;
        }
        if (shownFor != null && !shownFor.startsWith(selected.code() + "/")) {
            handOver = null;
        }
        shownFor = key;
        try {
            load(staffOf());
        } catch (OneDoorException notHere) {
            manageable = false;
            members = List.of();
        }
    }

    private void load(Tenant center) {
        manageable = true;
        members = staff.members(center);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHandOver() {
        return handOver;
    }
}
