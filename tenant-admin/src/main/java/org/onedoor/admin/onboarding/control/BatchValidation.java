package org.onedoor.admin.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onedoor.admin.identities.control.AccountRules;
import org.onedoor.admin.onboarding.entity.SubUnitLine;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.Onboarding;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantLevel;

/**
 * Checks every line of an onboarding file before anything is created, and reports every problem
 * with its line number ({@code lines[12].code}): codes, names, levels, parents (in the registry or
 * earlier in the file), the caller's right to open centers there, administrators.
 */
@ApplicationScoped
public class BatchValidation {

    private static final Map<String, TenantLevel> LEVELS = Map.ofEntries(
            Map.entry("province", TenantLevel.PROVINCE),
            Map.entry("省", TenantLevel.PROVINCE),
            Map.entry("city", TenantLevel.CITY),
            Map.entry("市", TenantLevel.CITY),
            Map.entry("district", TenantLevel.DISTRICT),
            Map.entry("区县", TenantLevel.DISTRICT),
            Map.entry("区", TenantLevel.DISTRICT),
            Map.entry("县", TenantLevel.DISTRICT),
            Map.entry("street", TenantLevel.STREET),
            Map.entry("街道", TenantLevel.STREET),
            Map.entry("乡镇", TenantLevel.STREET),
            Map.entry("乡", TenantLevel.STREET),
            Map.entry("镇", TenantLevel.STREET),
            Map.entry("community", TenantLevel.COMMUNITY),
            Map.entry("社区", TenantLevel.COMMUNITY),
            Map.entry("村", TenantLevel.COMMUNITY));

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    public void validate(Caller caller, List<SubUnitLine> lines) {
        List<Violation> violations = new ArrayList<>();
        Map<String, SubUnitLine> inFile = new HashMap<>();
        for (SubUnitLine line : lines) {
            Optional<DivisionCode> code = DivisionCode.parse(line.code());
            if (code.isEmpty()) {
                violations.add(violation(line, "code", "tenant.code.invalid", String.valueOf(line.code())));
            } else if (inFile.putIfAbsent(code.get().value(), line) != null) {
                violations.add(violation(
                        line,
                        "code",
                        "onboarding.code.twice",
                        line.code(),
                        inFile.get(line.code()).line()));
            }
        }
        Set<String> mentioned = new HashSet<>(inFile.keySet());
        lines.stream()
                .map(SubUnitLine::parentCode)
                .filter(parent -> parent != null)
                .forEach(mentioned::add);
        Map<String, Tenant> existing = new HashMap<>();
        registry.all(mentioned).forEach(tenant -> existing.put(tenant.code().value(), tenant));
        Map<String, Optional<String>> refusals = new HashMap<>();
        for (SubUnitLine line : lines) {
            Optional<DivisionCode> code = DivisionCode.parse(line.code());
            if (line.name() == null || line.name().strip().length() > Tenant.NAME_LENGTH) {
                violations.add(violation(line, "name", "tenant.name.invalid", Tenant.NAME_LENGTH));
            }
            code.ifPresent(valid -> checkPlace(caller, line, valid, inFile, existing, refusals, violations));
            checkAdministrator(line, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private void checkPlace(
            Caller caller,
            SubUnitLine line,
            DivisionCode code,
            Map<String, SubUnitLine> inFile,
            Map<String, Tenant> existing,
            Map<String, Optional<String>> refusals,
            List<Violation> violations) {
        if (existing.containsKey(code.value())) {
            // only a center the caller may see is said to exist (issue #13.4)
            violations.add(
                    Delegation.isOperator(caller) || delegation.maySee(caller, existing.get(code.value()))
                            ? violation(line, "code", "tenant.exists", code.value())
                            : violation(line, "code", "onboarding.code.unavailable", code.value()));
        }
        if (line.level() != null) {
            TenantLevel named = LEVELS.get(line.level().strip().toLowerCase(Locale.ROOT));
            if (named != code.level()) {
                violations.add(violation(line, "level", "onboarding.level.mismatch", line.level(), code.value()));
            }
        }
        if ((line.parentCode() == null || line.parentCode().isBlank()) && !code.mayBeTopLevel()) {
            violations.add(onLine(line, Onboarding.parentMissing("parentCode", code)));
            return;
        }
        Optional<DivisionCode> parent = DivisionCode.parse(line.parentCode());
        if (parent.isEmpty()
                || (!existing.containsKey(parent.get().value())
                        && !inFile.containsKey(parent.get().value()))) {
            // an unknown parent and one out of the caller's reach answer the same (issue #13.4)
            violations.add(
                    Delegation.isOperator(caller)
                            ? violation(line, "parentCode", "tenant.parent.unknown", String.valueOf(line.parentCode()))
                            : violation(line, "parentCode", "onboarding.not-allowed", code.value()));
            return;
        }
        if (!code.mayBeChildOf(parent.get())) {
            violations.add(onLine(line, Onboarding.notBeneath("parentCode", code, parent.get())));
            return;
        }
        Tenant anchor = anchor(parent.get().value(), inFile, existing);
        if (anchor == null) {
            violations.add(violation(
                    line, "parentCode", "tenant.parent.unknown", parent.get().value()));
            return;
        }
        Optional<String> refusal = refusals.computeIfAbsent(
                anchor.code().value() + "/" + code.level(), key -> refusal(caller, anchor, code));
        refusal.ifPresent(key -> violations.add(violation(line, "parentCode", key, code.value())));
    }

    /** The nearest center above the line that is already in the registry, following parents through the file. */
    private static Tenant anchor(String parent, Map<String, SubUnitLine> inFile, Map<String, Tenant> existing) {
        String current = parent;
        for (int depth = 0; depth < 6 && current != null; depth++) {
            if (existing.containsKey(current)) {
                return existing.get(current);
            }
            SubUnitLine line = inFile.get(current);
            current = line == null ? null : line.parentCode();
        }
        return null;
    }

    private Optional<String> refusal(Caller caller, Tenant anchor, DivisionCode code) {
        try {
            delegation.requireMayCreate(caller, anchor, code);
            return Optional.empty();
        } catch (OneDoorException refused) {
            return Optional.of("onboarding.not-allowed");
        }
    }

    private static void checkAdministrator(SubUnitLine line, List<Violation> violations) {
        AccountRules.check(
                        "tenant.administrator",
                        "administratorUsername",
                        line.hasAdministrator() ? line.administratorUsername() : null,
                        "administratorEmail",
                        line.administratorEmail(),
                        "administratorName",
                        line.administratorName())
                .forEach(found -> violations.add(onLine(line, found)));
        if (line.administratorEmail() != null && !line.hasAdministrator()) {
            violations.add(violation(line, "administratorUsername", "tenant.administrator.username.missing"));
        }
    }

    private static Violation violation(SubUnitLine line, String field, String key, Object... arguments) {
        return new Violation("lines[" + line.line() + "]." + field, key, arguments);
    }

    private static Violation onLine(SubUnitLine line, Violation violation) {
        return violation(line, violation.field(), violation.messageKey(), violation.arguments());
    }
}
