package org.onedoor.admin.onboarding.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onedoor.admin.identities.control.AccountRules;
import org.onedoor.admin.identities.control.ExistingAccounts;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.onboarding.entity.OnboardingBatch;
import org.onedoor.admin.onboarding.entity.OnboardingRow;
import org.onedoor.admin.onboarding.entity.SubUnitLine;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;

/**
 * Bulk onboarding of streets and communities from a file. Every line is checked first; a file with
 * any problem creates nothing and the answer lists every problem by line. A valid file becomes a
 * batch: in the background its administrators' accounts are made, then all its centers are created
 * in one transaction and provisioned by the workers like any other center. Temporary passwords of
 * new accounts are kept only in memory, for the result file, never in the database.
 */
@ApplicationScoped
public class BulkOnboarding {

    private static final Logger LOG = Logger.getLogger(BulkOnboarding.class.getName());

    @Inject
    BatchValidation validation;

    @Inject
    BatchLedger ledger;

    @Inject
    IdentityProvider identities;

    @Inject
    ExistingAccounts existingAccounts;

    @Resource
    ManagedExecutorService executor;

    private final Map<UUID, Map<String, String>> temporaryPasswords = new ConcurrentHashMap<>();

    /**
     * Checks the file and, when every line is valid and every existing account it names as an
     * administrator is among {@code confirmedAccounts}, starts the batch; nothing is created
     * otherwise (400 for broken rules, 409 listing the existing accounts to confirm, ADR 0015).
     */
    public OnboardingBatch start(Caller caller, String fileName, byte[] content, Set<String> confirmedAccounts) {
        if (fileName != null && fileName.length() > OnboardingBatch.FILE_NAME_LENGTH) {
            throw new InvalidInputException(
                    "fileName", "onboarding.file-name.too-long", OnboardingBatch.FILE_NAME_LENGTH);
        }
        List<SubUnitLine> lines = SubUnitSheet.read(content, fileName);
        validation.validate(caller, lines);
        requireConfirmed(caller, lines, confirmedAccounts);
        OnboardingBatch batch = ledger.record(fileName, lines, caller.username());
        UUID id = batch.id();
        LOG.info(() -> "onboarding batch " + id + " of " + lines.size() + " line(s) started by " + caller.username());
        executor.execute(() -> run(id));
        return batch;
    }

    private void requireConfirmed(Caller caller, List<SubUnitLine> lines, Set<String> confirmedAccounts) {
        List<Violation> unconfirmed = lines.stream()
                .filter(SubUnitLine::hasAdministrator)
                .filter(line -> !confirmedAccounts.contains(AccountRules.normalized(line.administratorUsername())))
                .flatMap(line -> existingAccounts
                        .existing(
                                caller,
                                "lines[" + line.line() + "].administratorUsername",
                                AccountRules.normalized(line.administratorUsername()))
                        .stream())
                .toList();
        if (!unconfirmed.isEmpty()) {
            throw new ConflictException(unconfirmed, "onboarding.accounts.unconfirmed", unconfirmed.size());
        }
    }

    /** The batch, for its creator or the platform operator only. */
    public OnboardingBatch batch(Caller caller, UUID id) {
        return ledger.batch(id)
                .filter(batch -> batch.createdBy().equals(caller.username()) || caller.hasRole(Roles.PLATFORM_OPERATOR))
                .orElseThrow(() -> new NotFoundException("onboarding.batch.not-found", id));
    }

    public Map<String, String> temporaryPasswords(UUID id) {
        return temporaryPasswords.getOrDefault(id, Map.of());
    }

    private void run(UUID id) {
        long started = System.nanoTime();
        try {
            Map<String, String> passwords = new ConcurrentHashMap<>();
            temporaryPasswords.put(id, passwords);
            for (OnboardingRow row : ledger.rows(id)) {
                if (row.administrator() != null && row.account() == null) {
                    IdentityProvider.Account account = identities.ensureAccount(
                            row.administrator(), row.administratorEmail(), row.administratorName());
                    if (account.temporaryPassword() != null) {
                        passwords.put(account.username(), account.temporaryPassword());
                    }
                    ledger.accountMade(id, row.administrator(), account.created());
                }
            }
            ledger.createCenters(id);
            LOG.info(() -> "onboarding batch " + id + ": centers created after "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            // the exception's text (SQL, EclipseLink, Keycloak) stays in the log; the batch, its
            // result file and the page show only a reference to it (issue #13.5)
            String reference = UUID.randomUUID().toString();
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "onboarding batch " + id + " failed (reference " + reference
                            + "); no center of it was created");
            ledger.fail(id, "internal error, reference " + reference);
        }
    }
}
