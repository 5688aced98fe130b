package org.onedoor.platform.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.onedoor.platform.problems.entity.ForbiddenException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.CenterRoles;
import org.onedoor.platform.security.entity.Permission;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.Center;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/**
 * Binds the current transaction to one center's schema (ADR 0002). The center is one the caller's
 * verified token names as a membership; any other answers 404, as if it did not exist. The binding
 * is a transaction-local {@code search_path}: it ends with the transaction, and work outside a
 * transaction cannot be bound at all (it then finds no tenant tables and fails).
 */
@ApplicationScoped
public class TenantScope {

    @Inject
    CurrentCaller currentCaller;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Enters center {@code code} for the caller, who must be on its staff (an official reads only the
     * rollups, never a center's own data) and hold the {@code permission} there (see {@link
     * CenterRoles}); the center must be open. A center the caller is not on the staff of answers 404,
     * as if it did not exist; a member without the permission is told so (403). Another OneDoor
     * module may enter any open center: it calls on behalf of a user it has already admitted there.
     */
    public Center enter(String code, Class<? extends Annotation> permission) {
        Center center = admit(code, Permission.of(permission));
        bind(center);
        return center;
    }

    /** Enters center {@code code} for any member of its staff. */
    public Center enter(String code) {
        Center center = admit(code, Permission.ANY_STAFF);
        bind(center);
        return center;
    }

    /**
     * Checks, without entering, that the caller may use center {@code code} with {@code permission}:
     * 404 for a stranger or a closed center, 403 for a member without the permission. The request
     * filter calls this before a request's body is read.
     */
    public Center admit(String code, Permission permission) {
        Caller caller = currentCaller.find().orElseThrow(() -> notFound(code));
        Set<String> held = caller.rolesIn(code);
        boolean module = caller.hasRole(Roles.PLATFORM_MODULE);
        if (!module && held.stream().noneMatch(Roles::isStaff)) {
            throw notFound(code);
        }
        Center center = find(code).filter(found -> found.status().isOpen()).orElseThrow(() -> notFound(code));
        if (!module && !permission.admits(held)) {
            // the member knows the center: the refusal names only the roles
            throw permission.modulesOnly()
                    ? new ForbiddenException("center.modules-only")
                    : new ForbiddenException(
                            "center.role.forbidden", String.join(", ", new TreeSet<>(permission.roles())));
        }
        return center;
    }

    /** Whether the caller holds {@code permission} in center {@code code}, e.g. for a page to offer an action. */
    public boolean holds(String code, Class<? extends Annotation> permission) {
        return currentCaller
                .find()
                .map(caller -> Permission.of(permission).admits(caller.rolesIn(code)))
                .orElse(false);
    }

    /** Enters {@code center} for background work that carries its center explicitly (no caller). */
    public void enterForJob(Center center) {
        bind(center);
    }

    /** The center {@code code} from the registry, in the current transaction. */
    public Optional<Center> find(String code) {
        Optional<DivisionCode> parsed = DivisionCode.parse(code);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = ModuleDataSource.get().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select name, status, schema_name from platform.tenant where code = ?")) {
            query.setString(1, parsed.get().value());
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new Center(
                                parsed.get(),
                                row.getString("name"),
                                TenantStatus.valueOf(row.getString("status")),
                                row.getString("schema_name")))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the tenant registry cannot be read", e);
        }
    }

    private void bind(Center center) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("a center can only be entered inside a transaction");
        }
        try (Connection connection = ModuleDataSource.get().getConnection();
                PreparedStatement bind = connection.prepareStatement("select set_config('search_path', ?, true)")) {
            bind.setString(1, center.schemaName());
            bind.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("center " + center.code() + " cannot be entered", e);
        }
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("center.not-found", code);
    }
}
