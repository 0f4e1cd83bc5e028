package dev.vigil.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends one JSON object per benchmark invocation to {@code bench/results/<UTC date>-<name>.json} (JSON Lines), so
 * the figures of every run stay next to the machine load they were taken under and can be compared later.
 */
public final class Results {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;

    public Results(Path directory) {
        this.directory = directory;
    }

    /** The directory named by {@code -Dbench.results}, else {@code bench/results} under the working directory. */
    public static Results fromSystemProperties() {
        return new Results(Path.of(System.getProperty("bench.results", "bench/results")));
    }

    /** Writes the record with the time, the machine and its load average added; returns the file written. */
    public Path append(String benchmark, Map<String, ?> figures, Instant at) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("benchmark", benchmark);
        record.put("at", at.toString());
        record.put("cores", Runtime.getRuntime().availableProcessors());
        record.put("loadAverage", Machine.loadAverage());
        record.putAll(figures);
        Path file = directory.resolve(DAY.format(at) + "-" + benchmark + ".json");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, JSON.writeValueAsString(record) + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        System.out.println("results appended to " + file);
        return file;
    }
}
