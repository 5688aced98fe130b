package org.onedoor.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aTakenPortIsNamedWithTheSettingThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(port, "Payara Micro HTTP", "ONEDOOR_HTTP_PORT"))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("Port " + port + " (Payara Micro HTTP) is already in use")
                    .hasMessageContaining("ONEDOOR_HTTP_PORT");
        }
    }

    @Test
    void aFreePortIsFree() {
        assertThat(Ports.isFree(Ports.free())).isTrue();
    }
}
