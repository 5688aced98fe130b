package org.onedoor.reception.hall.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisplayLinkTest {

    @Test
    @DisplayName("#22.5 a new link is open, keeps the token's hash only, and knows its token")
    void newLinkIsOpen() {
        DisplayToken token = DisplayToken.generate();
        DisplayLink link = DisplayLink.create("  一楼大厅电视 ", token, "hd.admin");

        assertThat(link.isActive()).isTrue();
        assertThat(link.label()).isEqualTo("一楼大厅电视");
        assertThat(link.createdBy()).isEqualTo("hd.admin");
        assertThat(link.createdAt()).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(link.tokenHash()).isEqualTo(token.hash()).isNotEqualTo(token.value());
        assertThat(link.opensWith(token)).isTrue();
        assertThat(link.opensWith(DisplayToken.generate())).isFalse();
        assertThat(link.revokedAt()).isEmpty();
        assertThat(link.revokedBy()).isEmpty();
    }

    @Test
    @DisplayName("#22.5 revoked, a link is closed for good; revoking again keeps the first revocation")
    void revokedForGood() {
        DisplayLink link = DisplayLink.create("二楼电视", DisplayToken.generate(), "hd.admin");

        assertThat(link.revoke("hd.admin")).isTrue();
        assertThat(link.isActive()).isFalse();
        assertThat(link.revokedBy()).contains("hd.admin");
        OffsetDateTime revokedAt = link.revokedAt().orElseThrow();

        assertThat(link.revoke("hd.other")).as("already revoked").isFalse();
        assertThat(link.revokedBy()).contains("hd.admin");
        assertThat(link.revokedAt()).contains(revokedAt);
        assertThat(link.isActive()).isFalse();
    }

    @Test
    @DisplayName("#22.5 a link needs a label of 1 to 60 characters")
    void labelRules() {
        assertThat(DisplayLink.validLabel("大厅")).isTrue();
        assertThat(DisplayLink.validLabel("长".repeat(DisplayLink.LABEL_MAX))).isTrue();
        assertThat(DisplayLink.validLabel(" " + "长".repeat(DisplayLink.LABEL_MAX) + " "))
                .isTrue();
        assertThat(DisplayLink.validLabel("长".repeat(DisplayLink.LABEL_MAX + 1)))
                .isFalse();
        assertThat(DisplayLink.validLabel("   ")).isFalse();
        assertThat(DisplayLink.validLabel(null)).isFalse();
        assertThatThrownBy(() -> DisplayLink.create(" ", DisplayToken.generate(), "hd.admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisplayLink.create("大厅", null, "hd.admin")).isInstanceOf(NullPointerException.class);
    }
}
