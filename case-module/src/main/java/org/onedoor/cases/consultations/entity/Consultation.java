package org.onedoor.cases.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.security.entity.Actor;

/**
 * A consultation (提级会诊) a center beneath asked of this district about one of its cases (issue
 * #15.3): what the district's staff see of the case — number, category, grade, the matter as
 * described, no parties — the question, and the opinion they record, once.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "from_center", nullable = false)
    private String fromCenter;

    @Column(name = "case_number", nullable = false)
    private String caseNumber;

    @Column(name = "category_name", nullable = false)
    private String categoryName;

    @Column(nullable = false)
    private String grade;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String question;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_by_name")
    private String requestedByName;

    private String opinion;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_by_name")
    private String answeredByName;

    @Version
    private long version;

    protected Consultation() {}

    /** What the district is asked, about the case as its center describes it. */
    public record Asked(
            UUID caseId,
            String fromCenter,
            String caseNumber,
            String categoryName,
            String grade,
            String description,
            String question) {}

    public static Consultation asked(Asked asked, Actor by) {
        Consultation consultation = new Consultation();
        consultation.id = UUID.randomUUID();
        consultation.caseId = asked.caseId();
        consultation.fromCenter = asked.fromCenter();
        consultation.caseNumber = asked.caseNumber();
        consultation.categoryName = asked.categoryName();
        consultation.grade = asked.grade();
        consultation.description = asked.description();
        consultation.question = asked.question();
        consultation.requestedAt = OffsetDateTime.now();
        consultation.requestedBy = by.username();
        consultation.requestedByName = by.name();
        return consultation;
    }

    /** The district's opinion; it is given once. */
    public void answer(String text, Actor by) {
        if (answeredAt != null) {
            throw new ConflictException("consultation.answered", caseNumber);
        }
        opinion = text;
        answeredAt = OffsetDateTime.now();
        answeredBy = by.username();
        answeredByName = by.name();
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String fromCenter() {
        return fromCenter;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String categoryName() {
        return categoryName;
    }

    public String grade() {
        return grade;
    }

    public String description() {
        return description;
    }

    public String question() {
        return question;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public String opinion() {
        return opinion;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String answeredByName() {
        return answeredByName;
    }
}
