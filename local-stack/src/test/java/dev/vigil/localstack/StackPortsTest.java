package dev.vigil.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class StackPortsTest {

    /** Port 0 always binds, so only the port under test can be busy. */
    private static final int ALWAYS_FREE = 0;

    @Test
    void aPortAlreadyInUseIsNamedWithItsListenerBeforeAnythingStarts() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            var ports = new StackPorts(port, ALWAYS_FREE, ALWAYS_FREE, ALWAYS_FREE, ALWAYS_FREE, ALWAYS_FREE,
                    ALWAYS_FREE, ALWAYS_FREE, ALWAYS_FREE, ALWAYS_FREE, ALWAYS_FREE, ALWAYS_FREE, ALWAYS_FREE);

            assertThatThrownBy(ports::requireFree).hasMessageContaining(port + " (gateway)");
        }
    }

    @Test
    void everyListenerHasItsOwnPort() {
        assertThat(StackPorts.DEFAULTS.byListener().values()).doesNotHaveDuplicates();
    }

    @Test
    void freePortsAreDistinctForEveryListener() {
        assertThat(StackPorts.free().byListener().values()).hasSize(13).doesNotHaveDuplicates();
    }
}
