package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The mediation agreement: facts and liability, agreed terms, performance. */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 4000)
    private String facts;

    @NotBlank
    @Size(max = 4000)
    private String terms;

    @NotNull
    @Valid
    private PerformanceForm performance;

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public PerformanceForm getPerformance() {
        return performance;
    }

    public void setPerformance(PerformanceForm performance) {
        this.performance = performance;
    }
}
