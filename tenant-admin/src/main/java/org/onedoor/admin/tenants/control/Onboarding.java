package org.onedoor.admin.tenants.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onedoor.admin.identities.control.AccountRules;
import org.onedoor.admin.identities.control.ExistingAccounts;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.tenants.entity.NewCenter;
import org.onedoor.admin.tenants.entity.ProvisioningRecord;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.tenancy.control.ProvisioningWorkers;
import org.onedoor.platform.tenancy.control.TenancySettings;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.StepStatus;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/**
 * Creating centers and moving them through their life. A new center is written to the registry with
 * one waiting row per provisioning step, in one transaction; the workers of every module pick it up
 * after the commit. Its first administrator's account is found or created right away, so the
 * temporary password can be handed to the person who created the center.
 */
@ApplicationScoped
@Transactional
public class Onboarding {

    /** The one username rule ({@link AccountRules}). */
    public static final Pattern USERNAME = AccountRules.USERNAME;

    public static final Pattern EMAIL = AccountRules.EMAIL;

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    @Inject
    IdentityProvider identities;

    @Inject
    TenancySettings tenancy;

    @Inject
    ExistingAccounts existingAccounts;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What it takes to open a center. The administrator is optional; an unknown username gets an account. */
    public record Created(Tenant center, IdentityProvider.Account administrator) {}

    public Created create(Caller caller, NewCenter request) {
        DivisionCode code = validate(request);
        Tenant parent = request.getParentCode() == null
                        || request.getParentCode().isBlank()
                ? null
                : registry.find(request.getParentCode().strip()).orElseThrow(() -> unknownParent(caller, request));
        delegation.requireMayCreate(caller, parent, code);
        if (parent != null && !code.mayBeChildOf(parent.code())) {
            throw new InvalidInputException(List.of(notBeneath("code", code, parent.code())));
        }
        if (registry.find(code.value()).isPresent()) {
            throw new ConflictException("tenant.exists", code.value());
        }
        String administratorUsername = AccountRules.normalized(request.getAdministratorUsername());
        if (administratorUsername != null) {
            existingAccounts.requireConfirmed(caller, administratorUsername, request.getConfirmExistingAccount());
        }
        IdentityProvider.Account administrator = administrator(request);
        Tenant center = open(
                code,
                request.getName(),
                parent == null ? null : parent.code().value(),
                administrator == null ? null : administrator.username(),
                caller.username());
        return new Created(center, administrator);
    }

    /**
     * Writes a validated new center and its waiting provisioning steps; the workers start after the
     * commit. For callers that checked the rules themselves (bulk onboarding).
     */
    public Tenant open(DivisionCode code, String name, String parentCode, String administrator, String actor) {
        Tenant center = Tenant.provision(code, name, parentCode, administrator, actor);
        em.persist(center);
        em.flush(); // the steps refer to the center: the center's row goes first
        tenancy.steps().forEach(step -> em.persist(ProvisioningRecord.pending(code.value(), step)));
        wakeUpWorkersAfterCommit();
        return center;
    }

    public Tenant rename(Caller caller, String code, String name) {
        Tenant center = administered(caller, code);
        if (name == null || name.isBlank() || name.strip().length() > Tenant.NAME_LENGTH) {
            throw new InvalidInputException("name", "tenant.name.invalid", Tenant.NAME_LENGTH);
        }
        center.rename(name, caller.username());
        return center;
    }

    public Tenant suspend(Caller caller, String code) {
        Tenant center = administered(caller, code);
        center.suspend(caller.username());
        return center;
    }

    public Tenant reactivate(Caller caller, String code) {
        Tenant center = administered(caller, code);
        center.reactivate(caller.username());
        return center;
    }

    public Tenant archive(Caller caller, String code) {
        Tenant center = administered(caller, code);
        center.archive(caller.username());
        return center;
    }

    /**
     * An unknown parent answers as one the caller may not see (404), so that nobody learns which
     * centers exist outside their reach (issue #13.4); the operator, who sees the whole tree, gets
     * the field error.
     */
    private static RuntimeException unknownParent(Caller caller, NewCenter request) {
        if (Delegation.isOperator(caller)) {
            return new InvalidInputException("parentCode", "tenant.parent.unknown", request.getParentCode());
        }
        return new NotFoundException("center.not-found", request.getParentCode().strip());
    }

    /** Tries the failed steps of a center again, from the start of each step (they are idempotent). */
    public Tenant retry(Caller caller, String code) {
        Tenant center = administered(caller, code);
        List<ProvisioningRecord> steps = registry.provisioning(code);
        if (steps.stream().noneMatch(step -> step.status() == StepStatus.FAILED)) {
            throw new ConflictException("tenant.transition.retry", code, center.status());
        }
        steps.forEach(ProvisioningRecord::retry);
        if (center.status() == TenantStatus.FAILED) {
            center.retryProvisioning(caller.username());
        }
        wakeUpWorkersAfterCommit();
        return center;
    }

    private Tenant administered(Caller caller, String code) {
        Tenant center = registry.get(code);
        delegation.requireMayAdminister(caller, center);
        return center;
    }

    private IdentityProvider.Account administrator(NewCenter request) {
        if (request.getAdministratorUsername() == null
                || request.getAdministratorUsername().isBlank()) {
            return null;
        }
        return identities.ensureAccount(
                request.getAdministratorUsername().strip().toLowerCase(Locale.ROOT),
                blankToNull(request.getAdministratorEmail()),
                blankToNull(request.getAdministratorName()));
    }

    /** Every rule the request breaks, at once. */
    public static DivisionCode validate(NewCenter request) {
        List<Violation> violations = new ArrayList<>();
        Optional<DivisionCode> code = DivisionCode.parse(request.getCode());
        if (code.isEmpty()) {
            violations.add(new Violation("code", "tenant.code.invalid", String.valueOf(request.getCode())));
        } else if (blankToNull(request.getParentCode()) == null && !code.get().mayBeTopLevel()) {
            violations.add(parentMissing("parentCode", code.get()));
        }
        if (request.getName() == null
                || request.getName().isBlank()
                || request.getName().strip().length() > Tenant.NAME_LENGTH) {
            violations.add(new Violation("name", "tenant.name.invalid", Tenant.NAME_LENGTH));
        }
        String username = blankToNull(request.getAdministratorUsername());
        String email = blankToNull(request.getAdministratorEmail());
        violations.addAll(AccountRules.check(
                "tenant.administrator",
                "administratorUsername",
                username,
                "administratorEmail",
                email,
                "administratorName",
                request.getAdministratorName()));
        if (email != null && username == null) {
            violations.add(new Violation("administratorUsername", "tenant.administrator.username.missing"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return code.orElseThrow();
    }

    /** A street or community without a parent: the message names the one it belongs beneath. */
    public static Violation parentMissing(String field, DivisionCode code) {
        return new Violation(
                field,
                "tenant.parent.required",
                code.value(),
                code.requiredParent().orElseThrow().value());
    }

    /** A code that does not belong beneath {@code parent}; for streets and communities the message names the right parent. */
    public static Violation notBeneath(String field, DivisionCode code, DivisionCode parent) {
        return code.requiredParent()
                .map(required -> new Violation(
                        field,
                        "tenant.code.not-beneath." + code.level().name().toLowerCase(Locale.ROOT),
                        code.value(),
                        parent.value(),
                        required.value()))
                .orElseGet(() -> new Violation(field, "tenant.code.not-beneath", code.value(), parent.value()));
    }

    private void wakeUpWorkersAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    ProvisioningWorkers.wakeUpAll();
                }
            }
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
