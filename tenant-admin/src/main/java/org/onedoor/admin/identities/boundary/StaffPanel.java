package org.onedoor.admin.identities.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.UserRepresentation;
import org.onedoor.admin.identities.control.AccountRules;
import org.onedoor.admin.identities.control.ExistingAccounts;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.identities.control.RoleChanges;
import org.onedoor.admin.tenants.boundary.CentersPage;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.problems.entity.Violation;
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
    public record Member(String username, String name, String role) implements Serializable {}

    @Inject
    CentersPage centers;

    @Inject
    IdentityProvider identities;

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Feedback feedback;

    @Inject
    ExistingAccounts existingAccounts;

    @Inject
    RoleChanges roleChanges;

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
        return MembersResource.CENTER_ROLES;
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
            Tenant center = staffOf();
            List<Violation> violations = new ArrayList<>();
            String login = AccountRules.normalized(username);
            if (login == null) {
                violations.add(new Violation("username", "member.username.missing"));
            }
            if (!MembersResource.CENTER_ROLES.contains(role)) {
                violations.add(new Violation("role", "member.role.unknown", String.valueOf(role)));
            }
            violations.addAll(AccountRules.check("member", "username", login, "email", email, "name", name));
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            var caller = currentCaller.require();
            existingAccounts.requireConfirmed(caller, login, confirmExistingAccount);
            IdentityProvider.Account account = identities.ensureAccount(login, blankToNull(email), blankToNull(name));
            if (identities.grant(registry.path(center.code().value()), account.username(), role)) {
                roleChanges.granted(center.code().value(), account.username(), role, caller.username());
            }
            handOver = account.temporaryPassword() == null
                    ? null
                    : feedback.text("ui.handover", account.username(), account.temporaryPassword());
            feedback.info("ui.granted", account.username(), feedback.text("role." + role));
            username = null;
            email = null;
            name = null;
            confirmExistingAccount = false;
            load(center);
        } catch (OneDoorException refused) {
            feedback.refused(refused, FIELDS);
        }
    }

    public void revoke(Member member) {
        try {
            Tenant center = staffOf();
            if (MembersResource.CENTER_ROLES.contains(member.role())) {
                identities.revoke(registry.path(center.code().value()), member.username(), member.role());
                roleChanges.revoked(
                        center.code().value(),
                        member.username(),
                        member.role(),
                        currentCaller.require().username());
                feedback.info("ui.revoked", member.username(), feedback.text("role." + member.role()));
            }
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
        List<Member> found = new ArrayList<>();
        identities
                .members(registry.path(center.code().value()))
                .forEach((held, users) ->
                        users.forEach(user -> found.add(new Member(user.getUsername(), nameOf(user), held))));
        members = found;
    }

    private static String nameOf(UserRepresentation user) {
        String family = user.getLastName() == null ? "" : user.getLastName();
        String given = user.getFirstName() == null ? "" : user.getFirstName();
        return (family + given).isBlank() ? user.getUsername() : family + given;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
