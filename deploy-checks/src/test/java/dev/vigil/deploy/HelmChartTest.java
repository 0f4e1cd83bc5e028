package dev.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HelmChartTest {

  private static final String COMPONENT = "app.kubernetes.io/component";
  private static final String DEV_DEPENDENCY = "dev-dependency";

  @Test
  void chartPassesHelmLintWithDefaultAndProductionValues() {
    assertThat(Helm.run("lint", Helm.chart().toString())).contains("0 chart(s) failed");
    assertThat(Helm.run("lint", Helm.chart().toString(), "-f",
        Helm.chart().resolve("examples/production-values.yaml").toString())).contains("0 chart(s) failed");
  }

  @ParameterizedTest
  @EnumSource(Renders.class)
  void everyRenderedManifestLoadsIntoTheKubernetesModel(Renders render) {
    Manifests manifests = render.manifests();

    assertThat(manifests.all()).isNotEmpty();
    assertThat(manifests.ofType(Deployment.class).size() + manifests.ofType(StatefulSet.class).size())
        .isGreaterThanOrEqualTo(Repository.services().size());
  }

  @ParameterizedTest
  @EnumSource(Renders.class)
  void everyVigilContainerRunsNonRootOnAReadOnlyRootFilesystem(Renders render) {
    List<PodSpec> pods = vigilPods(render.manifests());

    assertThat(pods).isNotEmpty().allSatisfy(pod -> {
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
      assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
      assertThat(pod.getContainers()).allSatisfy(container -> {
        var security = container.getSecurityContext();
        assertThat(security.getReadOnlyRootFilesystem()).as(container.getName()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).as(container.getName()).isFalse();
        assertThat(security.getCapabilities().getDrop()).as(container.getName()).containsExactly("ALL");
        assertThat(container.getVolumeMounts()).as(container.getName())
            .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
      });
    });
  }

  @Test
  void everyServiceIsProbedOnActuatorLivenessAndReadinessAndSpreadAcrossZones() {
    Manifests manifests = Renders.DEFAULTS.manifests();
    List<PodTemplateSpec> templates = serviceTemplates(manifests);

    assertThat(templates).hasSize(Repository.services().size()).allSatisfy(template -> {
      Container container = template.getSpec().getContainers().getFirst();
      assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
      assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
      assertThat(container.getResources().getLimits()).containsKey("memory");
      assertThat(template.getSpec().getTopologySpreadConstraints())
          .anySatisfy(spread -> assertThat(spread.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone"));
    });
    assertThat(templates).extracting(template -> template.getSpec().getContainers().getFirst().getImage())
        .containsExactlyInAnyOrderElementsOf(Repository.services().stream()
            .map(service -> Repository.imageRegistry() + "/vigil-" + service + ":" + Repository.imageTag())
            .toList());
    assertThat(manifests.ofType(PodDisruptionBudget.class)).hasSize(Repository.services().size());
  }

  @Test
  void probeEgressReachesTheInternetButNotTheMetadataAddressOrClusterRanges() {
    NetworkPolicy policy = Renders.DEFAULTS.manifests().named(NetworkPolicy.class, "vigil-probe-service");
    List<IPBlock> blocks = policy.getSpec().getEgress().stream()
        .flatMap(rule -> rule.getTo().stream())
        .map(NetworkPolicyPeer::getIpBlock)
        .filter(Objects::nonNull)
        .toList();

    assertThat(policy.getSpec().getPolicyTypes()).contains("Egress");
    assertThat(blocks).extracting(IPBlock::getCidr).contains("0.0.0.0/0");
    assertThat(blocks).filteredOn(block -> block.getCidr().equals("0.0.0.0/0")).singleElement()
        .satisfies(block -> {
          assertThat(block.getExcept()).anySatisfy(cidr -> assertThat(Cidr.contains(cidr, "169.254.169.254")).isTrue());
          assertThat(block.getExcept()).anySatisfy(cidr -> assertThat(Cidr.contains(cidr, "10.96.0.1")).isTrue());
          assertThat(block.getExcept()).anySatisfy(cidr -> assertThat(Cidr.contains(cidr, "192.168.1.1")).isTrue());
        });
  }

  @Test
  void releasesInDifferentRegionsProbeInTheirOwnConsumerGroupsWithTheirOwnLabels() {
    Manifests europe = Renders.probeRegion("vigil-eu", "eu-west-1");
    Manifests america = Renders.probeRegion("vigil-us", "us-east-1");

    assertThat(europe.ofType(Deployment.class)).singleElement()
        .satisfies(probe -> assertThat(probe.getSpec().getTemplate().getMetadata().getLabels())
            .containsEntry("vigil.dev/region", "eu-west-1"));
    assertThat(probeSettings(europe)).containsEntry("VIGIL_PROBE_REGION", "eu-west-1")
        .containsEntry("VIGIL_PROBE_INTAKE_GROUPID", "probe-service-eu-west-1");
    assertThat(probeSettings(america)).containsEntry("VIGIL_PROBE_REGION", "us-east-1")
        .containsEntry("VIGIL_PROBE_INTAKE_GROUPID", "probe-service-us-east-1");
    assertThat(names(europe)).doesNotContainAnyElementsOf(names(america));
  }

  @Test
  void kedaScalesProbersOnTheLagOfTheirOwnGroupOnTheProbeRequestsTopic() {
    Manifests manifests = Renders.EVERYTHING.manifests();
    GenericKubernetesResource scaledObject = manifests.custom("ScaledObject").getFirst();
    JsonNode spec = Manifests.spec(scaledObject);
    JsonNode kafka = spec.withArray("triggers").valueStream()
        .filter(trigger -> trigger.path("type").asText().equals("kafka")).findFirst().orElseThrow();

    assertThat(spec.path("scaleTargetRef").path("name").asText()).isEqualTo("vigil-probe-service");
    assertThat(kafka.path("metadata").path("topic").asText()).isEqualTo(Topics.PROBE_REQUESTS.name());
    assertThat(kafka.path("metadata").path("consumerGroup").asText())
        .isEqualTo(probeSettings(manifests).get("VIGIL_PROBE_INTAKE_GROUPID"));
    assertThat(manifests.ofType(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class))
        .as("KEDA owns the probe HPA when enabled").isEmpty();
    assertThat(Renders.DEFAULTS.manifests()
        .named(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class, "vigil-probe-service")
        .getSpec().getMetrics()).singleElement()
        .satisfies(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
  }

  @Test
  void topicJobCreatesEveryCatalogTopicBeforeInstallAndUpgrade() {
    Manifests manifests = Renders.DEFAULTS.manifests();
    Job job = manifests.named(Job.class, "vigil-topics");
    String script = manifests.named(ConfigMap.class, "vigil-topics").getData().get("create-topics.sh");

    assertThat(job.getMetadata().getAnnotations()).containsEntry("helm.sh/hook", "pre-install,pre-upgrade");
    for (Topic<?, ?> topic : Topics.all()) {
      assertThat(script).containsPattern(topicLine(topic));
    }
  }

  @Test
  void analyticsKeepsItsStoresOnPersistentVolumesWithStandbyReplicas() {
    Manifests manifests = Renders.PRODUCTION.manifests();
    StatefulSet analytics = manifests.named(StatefulSet.class, "vigil-analytics-streams");
    Map<String, String> settings = manifests.named(ConfigMap.class, "vigil-analytics-streams").getData();

    assertThat(analytics.getSpec().getVolumeClaimTemplates()).singleElement()
        .satisfies(claim -> assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage"));
    assertThat(analytics.getSpec().getTemplate().getSpec().getContainers().getFirst().getVolumeMounts())
        .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo(settings.get("VIGIL_ANALYTICS_STATEDIR")));
    assertThat(settings).containsEntry("VIGIL_ANALYTICS_STANDBYREPLICAS", "1")
        .containsEntry("VIGIL_ANALYTICS_REPLICATIONFACTOR", "3");
  }

  @Test
  void gatewayIngressTerminatesTls() {
    Ingress ingress = Renders.PRODUCTION.manifests().named(Ingress.class, "vigil-gateway");

    assertThat(ingress.getSpec().getTls()).singleElement()
        .satisfies(tls -> assertThat(tls.getHosts()).containsExactly("vigil.example.com"));
    assertThat(ingress.getSpec().getRules().getFirst().getHttp().getPaths().getFirst().getBackend().getService()
        .getName()).isEqualTo("vigil-gateway");
  }

  @Test
  void monitoringObjectsCarryTheRepositorysRulesAndDashboards() throws Exception {
    Manifests manifests = Renders.EVERYTHING.manifests();
    JsonNode rules = Manifests.spec(manifests.custom("PrometheusRule").getFirst()).path("groups");
    JsonNode endpoint = Manifests.spec(manifests.custom("ServiceMonitor").getFirst()).path("endpoints").get(0);
    ConfigMap dashboards = manifests.named(ConfigMap.class, "vigil-dashboards");
    var rulesFile = Helm.chart().resolve("rules/vigil-rules.yml");
    var dashboardsDir = Helm.chart().resolve("dashboards");

    assertThat(endpoint.path("path").asText()).isEqualTo("/actuator/prometheus");
    assertThat(rules).isEqualTo(Files.exists(rulesFile)
        ? Manifests.yaml(Files.readString(rulesFile)).path("groups") : Manifests.yaml("[]"));
    assertThat(dashboards.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
    List<String> files = new ArrayList<>();
    if (Files.isDirectory(dashboardsDir)) {
      try (var paths = Files.list(dashboardsDir)) {
        paths.filter(path -> path.toString().endsWith(".json")).forEach(path -> files.add(path.getFileName().toString()));
      }
    }
    assertThat(dashboards.getData() == null ? Map.of() : dashboards.getData()).containsOnlyKeys(files);
  }

  @Test
  void theCheckKeyReachesOnlyTheRegistryThatSealsAndTheProbeThatOpens() {
    Manifests manifests = Renders.EVERYTHING.manifests();
    Map<String, List<String>> keyUsers = new TreeMap<>();
    manifests.ofType(Deployment.class).forEach(deployment -> deployment.getSpec().getTemplate().getSpec()
        .getContainers().forEach(container -> container.getEnv().stream()
            .filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
            .filter(env -> env.getValueFrom().getSecretKeyRef().getKey().equals("check-secret-key"))
            .forEach(env -> keyUsers.computeIfAbsent(
                deployment.getMetadata().getLabels().get(COMPONENT), component -> new ArrayList<>())
                .add(env.getName()))));

    assertThat(keyUsers).containsOnly(
        Map.entry("registry", List.of("VIGIL_REGISTRY_CHECKS_SECRETKEY")),
        Map.entry("probe", List.of("VIGIL_PROBE_CHECKSECRETKEY")));
  }

  @ParameterizedTest
  @EnumSource(Renders.class)
  void everyServiceSettingNamesARealProperty(Renders render) {
    SpringProperties properties = SpringProperties.load();
    Manifests manifests = render.manifests();
    List<String> variables = new ArrayList<>();
    manifests.ofType(ConfigMap.class).stream()
        .filter(map -> Repository.services().contains(map.getMetadata().getLabels().get("app.kubernetes.io/name")))
        .forEach(map -> variables.addAll(map.getData().keySet()));
    serviceTemplates(manifests).forEach(template -> template.getSpec().getContainers().forEach(container ->
        container.getEnv().stream().map(EnvVar::getName).forEach(variables::add)));

    assertThat(variables).contains("SPRING_KAFKA_BOOTSTRAPSERVERS", "SPRING_DATASOURCE_URL",
        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI");
    assertThat(variables).filteredOn(variable -> !variable.equals("JAVA_TOOL_OPTIONS"))
        .allSatisfy(variable -> assertThat(properties.binds(variable)).as(variable).isTrue());
  }

  private static List<PodSpec> vigilPods(Manifests manifests) {
    List<PodSpec> pods = new ArrayList<>(serviceTemplates(manifests).stream().map(PodTemplateSpec::getSpec).toList());
    manifests.ofType(Job.class).forEach(job -> pods.add(job.getSpec().getTemplate().getSpec()));
    return pods;
  }

  /** The pod templates of the Vigil services (dev dependencies excluded). */
  private static List<PodTemplateSpec> serviceTemplates(Manifests manifests) {
    Stream<PodTemplateSpec> deployments = manifests.ofType(Deployment.class).stream()
        .filter(deployment -> !DEV_DEPENDENCY.equals(deployment.getMetadata().getLabels().get(COMPONENT)))
        .map(deployment -> deployment.getSpec().getTemplate());
    Stream<PodTemplateSpec> statefulSets = manifests.ofType(StatefulSet.class).stream()
        .map(statefulSet -> statefulSet.getSpec().getTemplate());
    return Stream.concat(deployments, statefulSets).toList();
  }

  private static Map<String, String> probeSettings(Manifests manifests) {
    return manifests.ofType(ConfigMap.class).stream()
        .filter(map -> "probe-service".equals(map.getMetadata().getLabels().get("app.kubernetes.io/name")))
        .findFirst().orElseThrow().getData();
  }

  private static List<String> names(Manifests manifests) {
    return manifests.all().stream().map(HasMetadata::getMetadata).map(meta -> meta.getName()).toList();
  }

  /** The Job's create line of a topic: name, partitions and every catalog setting. */
  static String topicLine(Topic<?, ?> topic) {
    StringBuilder pattern = new StringBuilder("--topic " + java.util.regex.Pattern.quote(topic.name())
        + " --partitions " + topic.partitions());
    topic.configs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(config ->
        pattern.append(" --config ").append(java.util.regex.Pattern.quote(config.getKey() + "=" + config.getValue())));
    return pattern.append("\\n").toString();
  }
}
