package dev.vigil.console.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaintenanceScopeTest {

    private static final UUID MONITOR = UUID.fromString("0b5e7a11-0000-4000-8000-00000000000a");

    @Test
    void theTenantsListIsTheRequestBodyItselfSoAWindowIsNamedByItsIndex() {
        assertThat(MaintenanceScope.TENANT.windowPath(3)).isEqualTo("[3]");
    }

    @Test
    void aMonitorsWindowsAreNamedInsideItsPatch() {
        assertThat(MaintenanceScope.monitor(MONITOR).windowPath(0)).isEqualTo("maintenanceWindows[0]");
    }
}
