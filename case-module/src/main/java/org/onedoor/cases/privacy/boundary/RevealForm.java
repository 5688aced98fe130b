package org.onedoor.cases.privacy.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onedoor.cases.casefiles.entity.CaseParty;

/** Which personal data to reveal, and why (recorded). */
public class RevealForm {

    @NotNull
    private CaseParty.Field field;

    @NotBlank
    @Size(min = 4, max = 200)
    private String reason;

    public CaseParty.Field getField() {
        return field;
    }

    public void setField(CaseParty.Field field) {
        this.field = field;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
