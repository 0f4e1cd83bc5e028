package dev.vigil.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.topic.Topic;
import dev.vigil.contracts.topic.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class ComposeFileTest {

  private static final Set<String> CONDITIONS =
      Set.of("service_started", "service_healthy", "service_completed_successfully");

  private static final CiTool COMPOSE = new CiTool("docker-compose",
      "'docker compose' or 'docker-compose' on the PATH, a cached copy in ~/.cache/vigil/docker-compose, or a "
          + "Debian/Ubuntu machine whose apt-get can download the docker-compose package and its Python dependencies");

  private final Map<String, Map<String, Object>> services = services();

  @Test
  void everyVigilServiceOfTheBuildRunsFromItsJibImage() {
    assertThat(Repository.services()).hasSize(7);
    for (String service : Repository.services()) {
      assertThat(services).containsKey(service);
      assertThat(services.get(service).get("image")).as(service).isEqualTo("${VIGIL_IMAGE_REGISTRY:-%s}/vigil-%s:${VIGIL_IMAGE_TAG:-%s}"
          .formatted(Repository.imageRegistry(), service, Repository.imageTag()));
    }
  }

  @Test
  void everyLongRunningServiceHasAHealthcheck() {
    services.forEach((name, service) -> {
      if (!"no".equals(service.get("restart"))) {
        assertThat(map(service, "healthcheck")).as(name).containsKey("test");
      }
    });
  }

  @Test
  void startOrderConditionsNameExistingServicesThatCanMeetThem() {
    services.forEach((name, service) -> map(service, "depends_on").forEach((dependency, condition) -> {
      String wanted = String.valueOf(((Map<?, ?>) condition).get("condition"));
      assertThat(services).as(name + " depends on " + dependency).containsKey((String) dependency);
      assertThat(CONDITIONS).as(name + " waits for " + wanted).contains(wanted);
      Map<String, Object> target = services.get(dependency);
      if (wanted.equals("service_healthy")) {
        assertThat(map(target, "healthcheck")).as(dependency + " has a healthcheck").isNotEmpty();
      }
      if (wanted.equals("service_completed_successfully")) {
        assertThat(target.get("restart")).as(dependency + " is one-shot").isEqualTo("no");
      }
    }));
  }

  @Test
  void everyServiceSettingNamesARealProperty() {
    SpringProperties properties = SpringProperties.load();
    List<String> variables = new ArrayList<>();
    Repository.services().forEach(service -> variables.addAll(map(services.get(service), "environment").keySet()));

    assertThat(variables).contains("SPRING_KAFKA_BOOTSTRAPSERVERS", "SPRING_DATASOURCE_URL",
        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI");
    assertThat(variables).allSatisfy(variable -> assertThat(properties.binds(variable)).as(variable).isTrue());
  }

  @Test
  void prometheusScrapesEveryServiceOnItsPrometheusEndpoint() {
    Map<String, Object> prometheus = new Yaml().load(Repository.read(Repository.file("deploy/compose/prometheus.yml")));
    List<Map<String, Object>> jobs = list(prometheus.get("scrape_configs"));
    List<String> targets = new ArrayList<>();
    jobs.forEach(job -> {
      assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
      list(job.get("static_configs")).forEach(config -> targets.addAll(strings(config.get("targets"))));
    });

    assertThat(targets).containsExactlyInAnyOrderElementsOf(
        Repository.services().stream().map(service -> service + ":8080").toList());
    assertThat(strings(prometheus.get("rule_files"))).isNotEmpty();
  }

  @Test
  void topicInitCreatesEveryCatalogTopicAndAnalyticsWaitsForIt() {
    String script = Repository.read(Repository.file("deploy/compose/kafka/create-topics.sh"));

    for (Topic<?, ?> topic : Topics.all()) {
      StringBuilder line = new StringBuilder("create " + Pattern.quote(topic.name()) + " " + topic.partitions());
      topic.configs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(config -> line.append(' ')
          .append(Pattern.quote(config.getKey() + "=")).append(config.getKey().equals("retention.ms")
              ? "(" + config.getValue() + "|\\$\\(\\(30 \\* day\\)\\))" : Pattern.quote(config.getValue())));
      assertThat(script).containsPattern(line.append("\\n").toString());
    }
    assertThat(map(services.get("analytics-streams"), "depends_on")).containsKey("kafka-topics");
  }

  @Test
  void infrastructureRunsTheVersionsTheBuildTestsAgainst() {
    assertThat(services.get("kafka").get("image")).isEqualTo("apache/kafka:" + Repository.rootPomProperty("kafka.version"));
    assertThat(services.get("keycloak").get("image"))
        .isEqualTo("quay.io/keycloak/keycloak:" + Repository.rootPomProperty("keycloak.version"));
    assertThat(strings(services.get("postgres").get("command"))).contains("wal_level=logical");
    assertThat(strings(services.get("keycloak").get("command"))).contains("--import-realm");
  }

  @Test
  void composeAcceptsTheFileWithEveryVariableSet() throws Exception {
    Path env = Files.createTempFile("vigil-compose", ".env");
    try {
      Files.writeString(env, Repository.read(Repository.file(".env.example")).replaceAll("(?m)=$", "=checked"));

      COMPOSE.run("--env-file", env.toString(), "-f", "docker-compose.yml", "config", "-q");
    } finally {
      Files.deleteIfExists(env);
    }
  }

  @Test
  void composeRefusesAFileThatBreaksTheComposeSchema() throws Exception {
    Path broken = Files.createTempFile(Repository.root(), "vigil-compose-broken", ".yml");
    try {
      Files.writeString(broken, "services:\n  gateway:\n    image: vigil/gateway\n    restart: sometimes-maybe\n"
          + "    ports: not-a-list\n");

      assertThatThrownBy(() -> COMPOSE.run("-f", broken.getFileName().toString(), "config", "-q"))
          .isInstanceOf(AssertionError.class).hasMessageContaining("ports");
    } finally {
      Files.deleteIfExists(broken);
    }
  }

  private static Map<String, Map<String, Object>> services() {
    Map<String, Object> compose = new Yaml().load(Repository.read(Repository.file("docker-compose.yml")));
    @SuppressWarnings("unchecked")
    var services = (Map<String, Map<String, Object>>) compose.get("services");
    return services;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private static List<String> strings(Object value) {
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }
}
