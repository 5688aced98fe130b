package org.onedoor.admin.onboarding.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.admin.onboarding.control.BatchLedger;
import org.onedoor.admin.onboarding.control.BulkOnboarding;
import org.onedoor.admin.onboarding.entity.OnboardingBatch;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.tenancy.entity.TenantStatus;
import org.primefaces.event.FileUploadEvent;

/** Bulk onboarding in the browser: upload a file, see every problem by line, or follow the batch to the end. */
@Named
@ViewScoped
public class OnboardingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BulkOnboarding onboarding;

    @Inject
    transient BatchLedger ledger;

    @Inject
    transient CurrentCaller currentCaller;

    @Inject
    transient Feedback feedback;

    private UUID batch;

    /** A file held back until its creator confirms the existing accounts it names (ADR 0015). */
    private byte[] pendingFile;

    private String pendingFileName;
    private List<String> pendingAccounts = List.of();

    public void upload(FileUploadEvent event) {
        start(event.getFile().getFileName(), event.getFile().getContent(), Set.of());
    }

    /** Starts the held-back file, its existing accounts confirmed as the page listed them. */
    public void confirmAccounts() {
        if (pendingFile != null) {
            start(pendingFileName, pendingFile, Set.copyOf(pendingAccounts));
        }
    }

    private void start(String fileName, byte[] content, Set<String> confirmed) {
        pendingFile = null;
        pendingAccounts = List.of();
        try {
            OnboardingBatch started = onboarding.start(currentCaller.require(), fileName, content, confirmed);
            batch = started.id();
            feedback.info("ui.onboarding.started", started.total());
        } catch (ConflictException unconfirmed) {
            batch = null;
            if (!unconfirmed.violations().isEmpty()) {
                pendingFile = content;
                pendingFileName = fileName;
                pendingAccounts = unconfirmed.violations().stream()
                        .map(violation -> String.valueOf(violation.arguments()[0]))
                        .distinct()
                        .toList();
            }
            feedback.refused(unconfirmed);
        } catch (OneDoorException refused) {
            batch = null;
            feedback.refused(refused);
        }
    }

    /** The existing accounts the held-back file names, for the confirmation. */
    public String getPendingAccounts() {
        return String.join("、", pendingAccounts);
    }

    public boolean isRunning() {
        return batch != null
                && (OnboardingBatch.Status.ACCOUNTS.name().equals(getStatus()) || getOpen() + getFailed() < getTotal());
    }

    public UUID getBatch() {
        return batch;
    }

    public String getStatus() {
        return batch == null
                ? ""
                : onboarding.batch(currentCaller.require(), batch).status().name();
    }

    public String getFailure() {
        return batch == null
                ? null
                : onboarding.batch(currentCaller.require(), batch).failure();
    }

    public int getTotal() {
        return batch == null
                ? 0
                : onboarding.batch(currentCaller.require(), batch).total();
    }

    public long getOpen() {
        return centers().getOrDefault(TenantStatus.ACTIVE.name(), 0L);
    }

    public long getFailed() {
        return centers().getOrDefault(TenantStatus.FAILED.name(), 0L);
    }

    /** Percent of the batch's centers that are open. */
    public int getPercent() {
        return getTotal() == 0 ? 0 : (int) (100 * getOpen() / getTotal());
    }

    private Map<String, Long> centers() {
        return batch == null ? Map.of() : ledger.centers(batch);
    }
}
