package org.onedoor.admin.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** One line of an onboarding batch and what became of its administrator's account. */
@Entity
@Table(schema = "platform", name = "onboarding_row")
@IdClass(OnboardingRow.Key.class)
public class OnboardingRow {

    public enum Account {
        CREATED,
        EXISTING,
        FAILED
    }

    /** The composite key: batch and line (a class: JPA sets its fields). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID batchId;
        private int line;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && line == key.line && Objects.equals(batchId, key.batchId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, line);
        }
    }

    @Id
    @Column(name = "batch_id")
    private UUID batchId;

    @Id
    private int line;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "parent_code", nullable = false)
    private String parentCode;

    private String administrator;

    @Column(name = "administrator_email")
    private String administratorEmail;

    @Column(name = "administrator_name")
    private String administratorName;

    @Enumerated(EnumType.STRING)
    private Account account;

    protected OnboardingRow() {}

    public static OnboardingRow of(UUID batchId, SubUnitLine line) {
        OnboardingRow row = new OnboardingRow();
        row.batchId = batchId;
        row.line = line.line();
        row.code = line.code();
        row.name = line.name().strip();
        row.parentCode = line.parentCode();
        row.administrator =
                line.hasAdministrator() ? line.administratorUsername().strip().toLowerCase(Locale.ROOT) : null;
        row.administratorEmail = line.administratorEmail();
        row.administratorName = line.administratorName();
        return row;
    }

    public void accountMade(boolean created) {
        account = created ? Account.CREATED : Account.EXISTING;
    }

    public void accountFailed() {
        account = Account.FAILED;
    }

    public int line() {
        return line;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String parentCode() {
        return parentCode;
    }

    public String administrator() {
        return administrator;
    }

    public String administratorEmail() {
        return administratorEmail;
    }

    public String administratorName() {
        return administratorName;
    }

    public Account account() {
        return account;
    }
}
