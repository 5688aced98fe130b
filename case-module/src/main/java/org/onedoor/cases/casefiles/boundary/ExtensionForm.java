package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An extension of the time limit (延期): why, and whether both parties consented (required). */
public class ExtensionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 500)
    private String reason;

    @NotNull
    private Boolean partiesConsent;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Boolean getPartiesConsent() {
        return partiesConsent;
    }

    public void setPartiesConsent(Boolean partiesConsent) {
        this.partiesConsent = partiesConsent;
    }
}
