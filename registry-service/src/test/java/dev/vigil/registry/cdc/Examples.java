package dev.vigil.registry.cdc;

import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.monitor.MonitorSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** Monitor snapshots built from the contracts' example record, so tests publish values that satisfy the schema. */
final class Examples {

    private Examples() {
    }

    static MonitorSnapshot monitor(UUID id, long version) {
        try (InputStream json = Examples.class.getResourceAsStream("/examples/vigil.monitors.v1.json")) {
            ObjectNode tree = (ObjectNode) ContractsJson.mapper().readTree(json);
            tree.put("id", id.toString());
            tree.put("version", version);
            return ContractsJson.mapper().treeToValue(tree, MonitorSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
