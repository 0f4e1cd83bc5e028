package dev.vigil.testkit.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a child process's log, so a failure message says why without a trip to the file. */
final class LogTail {

    private static final int LINES = 40;

    private LogTail() {
    }

    static String of(Path log) {
        try {
            // Decoding leniently: a half-written multi-byte character must not hide the rest.
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return "Last lines of %s:%n%s".formatted(log,
                    String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - LINES), lines.size())));
        } catch (IOException e) {
            return "No log at %s (%s)".formatted(log, e.getMessage());
        }
    }
}
