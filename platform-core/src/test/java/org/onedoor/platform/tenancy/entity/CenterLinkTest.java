package org.onedoor.platform.tenancy.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CenterLinkTest {

    private static final UUID CASE = UUID.fromString("6f1c1a3e-3c1d-4c55-9a43-2b8f0f6b8e01");

    @Test
    void aLinkToARecordCarriesItsCenterFirst() {
        assertThat(CenterLink.to("/cases/case.xhtml", "420102001")
                        .with("id", CASE)
                        .toString())
                .isEqualTo("/cases/case.xhtml?center=420102001&id=" + CASE);
    }

    @Test
    void withoutAnActiveCenterTheLinkIsThePlainPage() {
        assertThat(CenterLink.to("workbench.xhtml", null).toString()).isEqualTo("workbench.xhtml");
        assertThat(CenterLink.to("case.xhtml", " ").with("id", CASE).toString()).isEqualTo("case.xhtml?id=" + CASE);
    }

    @Test
    void valuesAreEncodedAndNullOnesLeftOut() {
        assertThat(CenterLink.to("desk.xhtml", "420102001")
                        .with("q", "王 丽&x")
                        .with("matter", null)
                        .toString())
                .isEqualTo("desk.xhtml?center=420102001&q=%E7%8E%8B+%E4%B8%BD%26x");
    }

    @Test
    void aPageWithAQueryGetsTheRestAppended() {
        assertThat(CenterLink.to("rollups.xhtml?period=MONTH", "420102").toString())
                .isEqualTo("rollups.xhtml?period=MONTH&center=420102");
    }

    @Test
    void anAddressIsGivenTheCenterOnceAndBeforeItsFragment() {
        assertThat(CenterLink.carrying("/cases/case.xhtml", "420102001"))
                .isEqualTo("/cases/case.xhtml?center=420102001");
        assertThat(CenterLink.carrying("/cases/case.xhtml?id=1#timeline", "420102001"))
                .isEqualTo("/cases/case.xhtml?id=1&center=420102001#timeline");
        assertThat(CenterLink.carrying("/cases/case.xhtml?", "420102001"))
                .isEqualTo("/cases/case.xhtml?center=420102001");
    }

    @Test
    void anAddressNamingACenterKeepsItsOwn() {
        assertThat(CenterLink.carrying("/cases/case.xhtml?center=420105&id=1", "420102001"))
                .isEqualTo("/cases/case.xhtml?center=420105&id=1");
        assertThat(CenterLink.carrying("/cases/case.xhtml?id=1", null)).isEqualTo("/cases/case.xhtml?id=1");
    }

    @Test
    void theCenterIsReadFromTheQueryByItsExactName() {
        assertThat(CenterLink.centerIn("id=1&center=420102001")).contains("420102001");
        assertThat(CenterLink.centerIn("center=%20420102001%20")).contains("420102001");
        assertThat(CenterLink.centerIn("centers=420102001&xcenter=1")).isEmpty();
        assertThat(CenterLink.centerIn("center=&id=1")).isEmpty();
        assertThat(CenterLink.centerIn("")).isEmpty();
        assertThat(CenterLink.centerIn(null)).isEmpty();
    }

    @Test
    void aBrokenEscapeIsKeptAsTextAndSoMatchesNoCenter() {
        assertThat(CenterLink.centerIn("center=%E4%")).contains("%E4%");
    }
}
