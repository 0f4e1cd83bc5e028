package dev.vigil.bench.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResultsTest {

    @TempDir
    Path directory;

    @Test
    void everyRunAppendsOneJsonRecordWithTheMachineLoadToTheFileOfItsUtcDay() throws IOException {
        var results = new Results(directory);

        results.append("demo", Map.of("probesPerSecond", 10), Instant.parse("2026-11-21T23:59:00Z"));
        Path file = results.append("demo", Map.of("probesPerSecond", 20), Instant.parse("2026-11-21T23:59:30Z"));

        assertThat(file).isEqualTo(directory.resolve("2026-11-21-demo.json"));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode second = JsonMapper.builder().build().readTree(lines.get(1));
        assertThat(second.get("benchmark").asString()).isEqualTo("demo");
        assertThat(second.get("probesPerSecond").asInt()).isEqualTo(20);
        assertThat(second.get("loadAverage").asString()).matches("[0-9.]+ [0-9.]+ [0-9.]+");
    }
}
