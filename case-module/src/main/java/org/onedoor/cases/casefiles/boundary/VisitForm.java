package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A routine visit (走访) made to the parties of a community case: what was found. */
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 2000)
    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
