package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** How, where and by when the agreement is performed. */
public class PerformanceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String manner;

    @NotBlank
    @Size(max = 200)
    private String place;

    @NotNull
    private LocalDate deadline;

    public String getManner() {
        return manner;
    }

    public void setManner(String manner) {
        this.manner = manner;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
