package dev.vigil.testkit.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs one step of preparing an installation to completion, bounded, its output appended to a log. */
final class PreparationStep {

    private PreparationStep() {
    }

    static void run(String step, ProcessBuilder builder, Path log, Duration timeout) {
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.stop(process.toHandle());
                throw new IllegalStateException("%s did not finish within %s.%n%s".formatted(step, timeout, LogTail.of(log)));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("%s failed with exit code %d.%n%s"
                        .formatted(step, process.exitValue(), LogTail.of(log)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(step + " could not be started", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(step + " was interrupted", e);
        }
    }
}
