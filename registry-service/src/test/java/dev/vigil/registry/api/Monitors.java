package dev.vigil.registry.api;

/** Request bodies the tests send, written out as JSON so a test shows exactly what a client would post. */
public final class Monitors {

    private Monitors() {
    }

    public static String http(String name) {
        return """
                {"name": "%s", "kind": "http", "target": "https://example.com/health", "intervalSeconds": 60,
                 "timeoutMs": 5000,
                 "http": {"method": "get", "headers": {"Accept": "application/json"},
                          "expectedStatusCodes": [{"from": 200, "to": 299}], "followRedirects": false},
                 "jsonAssertions": [{"path": "$.status", "operator": "equals", "value": "ok"}],
                 "regions": ["eu", "us"], "quorum": 1}
                """.formatted(name);
    }

    public static String tcp(String name) {
        return """
                {"name": "%s", "kind": "tcp", "target": "db.example.com:5432", "intervalSeconds": 30}
                """.formatted(name);
    }
}
