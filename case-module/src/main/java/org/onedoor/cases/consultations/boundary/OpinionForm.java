package org.onedoor.cases.consultations.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The district's opinion on a consultation. */
public class OpinionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 4000)
    private String opinion;

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }
}
