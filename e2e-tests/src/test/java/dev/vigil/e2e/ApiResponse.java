package dev.vigil.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the gateway answered: status, content type and the body, also as JSON when it is JSON. */
record ApiResponse(int status, String contentType, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    JsonNode json() {
        return JSON.readTree(body);
    }

    boolean isProblem() {
        return contentType.startsWith("application/problem+json");
    }
}
