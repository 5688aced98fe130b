package org.onedoor.cases.workbench.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workbench accepts browsers of this site only (ADR 0013); programs send no Origin. */
class WorkbenchOriginTest {

    @Test
    void sameSiteOrNoOriginIsAccepted() {
        assertThat(WorkbenchSocket.sameOrigin("http://localhost:8080", "localhost:8080", null))
                .isTrue();
        assertThat(WorkbenchSocket.sameOrigin("https://onedoor.example.cn", "10.0.0.5:8080", "onedoor.example.cn"))
                .isTrue();
        assertThat(WorkbenchSocket.sameOrigin(null, "localhost:8080", null)).isTrue();
    }

    @Test
    void foreignOriginsAreRefused() {
        assertThat(WorkbenchSocket.sameOrigin("https://evil.example", "localhost:8080", null))
                .isFalse();
        assertThat(WorkbenchSocket.sameOrigin("http://localhost:8081", "localhost:8080", null))
                .isFalse();
        assertThat(WorkbenchSocket.sameOrigin("http://localhost.evil.example", "localhost:8080", null))
                .isFalse();
        assertThat(WorkbenchSocket.sameOrigin("null", "localhost:8080", null)).isFalse();
        assertThat(WorkbenchSocket.sameOrigin("http://[bad", "localhost:8080", null))
                .isFalse();
    }
}
