package org.onedoor.reception.matters.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The desk's warning links to the resident's other open matter in its own center (issue #22.2). */
class OpenMatterLinkTest {

    private static final UUID MATTER = UUID.fromString("0b9e5b8e-5c3a-4f0e-9d56-6a1c2f3e4d01");
    private static final UUID CASE = UUID.fromString("7d2f4a10-1b2c-4d3e-8f90-112233445566");

    @Test
    void aDispatchedMatterLinksToItsCaseFileInItsCenter() {
        assertThat(MatterView.OpenMatterView.linkTo("420102001", MATTER, CASE))
                .isEqualTo("/cases/case.xhtml?center=420102001&id=" + CASE);
    }

    @Test
    void aMatterNotYetDispatchedLinksToTheFrontDeskShowingIt() {
        assertThat(MatterView.OpenMatterView.linkTo("420102001", MATTER, null))
                .isEqualTo("/reception/desk.xhtml?center=420102001&matter=" + MATTER);
    }
}
