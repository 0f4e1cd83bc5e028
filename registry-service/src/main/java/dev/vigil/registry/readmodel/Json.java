package dev.vigil.registry.readmodel;

import dev.vigil.contracts.json.ContractsJson;

/** Contract records as the jsonb text the tables keep them in, written exactly as on the topic. */
final class Json {

    private Json() {
    }

    static String write(Object record) {
        return ContractsJson.mapper().writeValueAsString(record);
    }

    static <T> T read(String json, Class<T> type) {
        return ContractsJson.mapper().readValue(json, type);
    }
}
