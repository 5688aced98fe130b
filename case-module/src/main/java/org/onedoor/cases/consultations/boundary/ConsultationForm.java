package org.onedoor.cases.consultations.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a center asks its district about a case (提级会诊). */
public class ConsultationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 2000)
    private String question;

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
