package org.onedoor.admin.identities.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.tenants.boundary.CentersPage;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;

/** The staff of the center selected in the tree: who has which role, giving and taking roles. */
@Named
@ViewScoped
public class StaffPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One person in one role. */
    public record Member(String username, String name, String role) implements Serializable {}

    @Inject
    transient CentersPage centers;

    @Inject
    transient IdentityProvider identities;

    @Inject
    transient TenantRegistry registry;

    @Inject
    transient Delegation delegation;

    @Inject
    transient CurrentCaller currentCaller;

    @Inject
    transient Feedback feedback;

    private String username;
    private String role;
    private String email;
    private String name;
    private String handOver;

    public List<String> getRoles() {
        return MembersResource.CENTER_ROLES;
    }

    private List<Member> members;
    private String membersOf;

    /** The members (asked of the identity provider once per center shown), none when the caller may not manage them. */
    public List<Member> getMembers() {
        Tenant center = manageable();
        if (center == null) {
            return List.of();
        }
        if (members != null && center.code().value().equals(membersOf)) {
            return members;
        }
        List<Member> members = new ArrayList<>();
        identities
                .members(registry.path(center.code().value()))
                .forEach((held, users) -> users.forEach(user -> members.add(new Member(
                        user.getUsername(),
                        nameOf(user.getLastName(), user.getFirstName(), user.getUsername()),
                        held))));
        this.members = members;
        this.membersOf = center.code().value();
        return members;
    }

    public boolean isManageable() {
        return manageable() != null;
    }

    public void grant() {
        Tenant center = manageable();
        try {
            if (center == null) {
                return;
            }
            if (username == null || username.isBlank()) {
                throw new InvalidInputException("username", "member.username.missing");
            }
            if (!MembersResource.CENTER_ROLES.contains(role)) {
                throw new InvalidInputException("role", "member.role.unknown", String.valueOf(role));
            }
            IdentityProvider.Account account = identities.ensureAccount(
                    username.strip().toLowerCase(Locale.ROOT), blankToNull(email), blankToNull(name));
            identities.grant(registry.path(center.code().value()), account.username(), role);
            handOver = account.temporaryPassword() == null
                    ? null
                    : feedback.text("ui.handover", account.username(), account.temporaryPassword());
            feedback.info("ui.granted", account.username(), feedback.text("role." + role));
            members = null;
            username = null;
            email = null;
            name = null;
        } catch (OneDoorException refused) {
            feedback.refused(refused);
        }
    }

    public void revoke(Member member) {
        Tenant center = manageable();
        if (center != null) {
            identities.revoke(registry.path(center.code().value()), member.username(), member.role());
            feedback.info("ui.revoked", member.username(), feedback.text("role." + member.role()));
            members = null;
        }
    }

    private Tenant manageable() {
        Tenant center = centers.getSelected();
        if (center == null) {
            return null;
        }
        try {
            delegation.requireMayManageStaff(currentCaller.require(), center);
            return center;
        } catch (OneDoorException notHere) {
            return null;
        }
    }

    private static String nameOf(String family, String given, String username) {
        String full = (family == null ? "" : family) + (given == null ? "" : given);
        return full.isBlank() ? username : full;
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
