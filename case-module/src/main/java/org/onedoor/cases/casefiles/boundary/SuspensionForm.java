package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A suspension of the clock (中止), e.g. while an expert assessment is awaited: why. */
public class SuspensionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 500)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
