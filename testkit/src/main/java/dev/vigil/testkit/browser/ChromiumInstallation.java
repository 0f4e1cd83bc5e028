package dev.vigil.testkit.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where Chromium and its driver are: whatever the repository's {@code .ci/chromium} prints (the Debian packages
 * {@code chromium} and {@code chromium-driver}, installed or fetched once into {@code ~/.cache/vigil}). When it
 * cannot provide them the browser tests fail with its explanation: they never skip.
 */
record ChromiumInstallation(Path browser, Path driver) {

    private static final long FETCH_TIMEOUT_MINUTES = 10;

    static ChromiumInstallation find(Path repository) {
        Path script = repository.resolve(".ci").resolve("chromium");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("Found no executable " + script + ": run the browser tests inside the"
                    + " Vigil repository (system property vigil.repository names it)");
        }
        try {
            Path output = Files.createTempFile("chromium", ".out");
            Path errors = Files.createTempFile("chromium", ".err");
            Process process = new ProcessBuilder(script.toString()).redirectOutput(output.toFile())
                    .redirectError(errors.toFile()).start();
            if (!process.waitFor(FETCH_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " took longer than " + FETCH_TIMEOUT_MINUTES + " minutes");
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || lines.size() < 2) {
                throw new IllegalStateException("""
                        The browser tests need Chromium and chromedriver, and %s could not provide them (exit code %d):
                        %s""".formatted(script, process.exitValue(), Files.readString(errors, StandardCharsets.UTF_8)));
            }
            return new ChromiumInstallation(Path.of(lines.get(0).strip()), Path.of(lines.get(1).strip()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + script, e);
        }
    }
}
