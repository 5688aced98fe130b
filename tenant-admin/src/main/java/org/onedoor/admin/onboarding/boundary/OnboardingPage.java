package org.onedoor.admin.onboarding.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.onedoor.admin.onboarding.control.BatchLedger;
import org.onedoor.admin.onboarding.control.BulkOnboarding;
import org.onedoor.admin.onboarding.entity.OnboardingBatch;
import org.onedoor.platform.i18n.boundary.Feedback;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.security.control.CurrentCaller;
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

    public void upload(FileUploadEvent event) {
        try {
            OnboardingBatch started = onboarding.start(
                    currentCaller.require(),
                    event.getFile().getFileName(),
                    event.getFile().getContent());
            batch = started.id();
            feedback.info("ui.onboarding.started", started.total());
        } catch (OneDoorException refused) {
            batch = null;
            feedback.refused(refused);
        }
    }

    public boolean isRunning() {
        return batch != null && (getStatus().equals("ACCOUNTS") || getOpen() + getFailed() < getTotal());
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
        return centers().getOrDefault("ACTIVE", 0L);
    }

    public long getFailed() {
        return centers().getOrDefault("FAILED", 0L);
    }

    /** Percent of the batch's centers that are open. */
    public int getPercent() {
        return getTotal() == 0 ? 0 : (int) (100 * getOpen() / getTotal());
    }

    private Map<String, Long> centers() {
        return batch == null ? Map.of() : ledger.centers(batch);
    }
}
