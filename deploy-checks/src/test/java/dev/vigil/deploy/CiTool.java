package dev.vigil.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A command-line tool that a {@code .ci/} script finds on the PATH, in the cache, or fetches, so CI on a clean
 * machine checks deployment files with the real tool instead of skipping the check.
 */
final class CiTool {

  private static final long FETCH_TIMEOUT_SECONDS = 300;
  private static final long RUN_TIMEOUT_SECONDS = 120;

  private final String script;
  private final String howToProvide;
  private volatile @Nullable List<String> command;

  /** {@code script} is the file under {@code .ci/}; {@code howToProvide} is told when it cannot provide the tool. */
  CiTool(String script, String howToProvide) {
    this.script = script;
    this.howToProvide = howToProvide;
  }

  /** Runs the tool in the repository root and returns its standard output; a non-zero exit fails the test. */
  String run(String... arguments) {
    var line = new ArrayList<>(command());
    line.addAll(List.of(arguments));
    Result result = exec(line, RUN_TIMEOUT_SECONDS);
    if (result.exitCode() != 0) {
      throw new AssertionError("'" + script + " " + String.join(" ", arguments) + "' failed with exit code "
          + result.exitCode() + ":\n" + result.stderr() + result.stdout());
    }
    return result.stdout();
  }

  private List<String> command() {
    List<String> found = command;
    if (found == null) {
      synchronized (this) {
        found = command;
        if (found == null) {
          Result fetched = exec(List.of(Repository.file(".ci/" + script).toString()), FETCH_TIMEOUT_SECONDS);
          if (fetched.exitCode() != 0 || fetched.stdout().isBlank()) {
            throw new AssertionError(".ci/%s could not provide %s (exit code %d). It needs %s:%n%s"
                .formatted(script, script, fetched.exitCode(), howToProvide, fetched.stderr()));
          }
          found = Arrays.asList(fetched.stdout().strip().split(" "));
          command = found;
        }
      }
    }
    return found;
  }

  private static Result exec(List<String> command, long timeoutSeconds) {
    try {
      Path stdout = Files.createTempFile("vigil-ci-tool", ".out");
      Path stderr = Files.createTempFile("vigil-ci-tool", ".err");
      try {
        Process process = new ProcessBuilder(command)
            .directory(Repository.root().toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError(command + " did not finish within " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
            Files.readString(stderr, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
      }
    } catch (IOException e) {
      throw new AssertionError("Cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while running " + command, e);
    }
  }

  private record Result(int exitCode, String stdout, String stderr) {
  }
}
