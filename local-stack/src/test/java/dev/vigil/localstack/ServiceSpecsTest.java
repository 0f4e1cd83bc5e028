package dev.vigil.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.stack.ServiceProcess.ServiceSpec;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSpecsTest {

    private static final String KEY = "c2VjcmV0LWtleS1mb3ItdGhlLWxvY2FsLXN0YWNrLTMyYg==";
    private static final String CHECK_KEY = "Y2hlY2sta2V5LWZvci10aGUtbG9jYWwtc3RhY2stMzJi";
    private static final List<String> MODULES = List.of("registry-service", "analytics-streams", "scheduler-service",
            "probe-service", "notifier-service", "console", "gateway");
    private static final Infrastructure INFRASTRUCTURE = new Infrastructure("localhost:9092",
            URI.create("http://localhost:8180/realms/vigil"),
            URI.create("http://localhost:8180/realms/vigil/protocol/openid-connect/certs"),
            new TestDatabase("registry", "jdbc:postgresql://localhost:5432/registry", "postgres", ""),
            new TestDatabase("notifier", "jdbc:postgresql://localhost:5432/notifier", "postgres", ""),
            "127.0.0.1", 1025);

    @TempDir
    Path repository;

    private ServiceSpecs specs;

    @BeforeEach
    void packagedJars() throws IOException {
        for (String module : MODULES) {
            Path target = Files.createDirectories(repository.resolve(module).resolve("target"));
            Files.createFile(target.resolve(module + "-0.1.0-SNAPSHOT.jar"));
            Files.createFile(target.resolve(module + "-0.1.0-SNAPSHOT-exec.jar"));
        }
        specs = new ServiceSpecs(StackPorts.DEFAULTS, INFRASTRUCTURE, KEY, CHECK_KEY, repository, repository.resolve("run"),
                repository.resolve("stage"), Map.of("registry-service", Map.of("vigil.registry.monitors.min-interval", "1s")),
                (short) 1, Map.of());
    }

    @Test
    void extraInstancesFollowTheirFirstOnPortsAndStateOfTheirOwn() {
        var three = new ServiceSpecs(StackPorts.DEFAULTS, INFRASTRUCTURE, KEY, CHECK_KEY, repository, repository.resolve("run"),
                repository.resolve("stage"), Map.of(), (short) 3, Map.of("analytics-streams", 3, "probe-service", 2));

        List<ServiceSpec> started = three.inStartOrder();

        assertThat(started).extracting(ServiceSpec::name).containsExactly("registry-service", "analytics-streams",
                "analytics-streams-2", "analytics-streams-3", "scheduler-service", "probe-service", "probe-service-2",
                "notifier-service", "console", "gateway");
        assertThat(started).extracting(ServiceSpec::port).doesNotHaveDuplicates();
        assertThat(started.stream().filter(spec -> spec.name().startsWith("analytics"))
                .map(spec -> spec.properties().get("vigil.analytics.state-dir"))).doesNotHaveDuplicates();
        assertThat(started.stream().filter(spec -> spec.name().startsWith("probe"))
                .map(spec -> spec.properties().get("vigil.probe.instance-id"))).doesNotHaveDuplicates();
    }

    @Test
    void servicesCreateTheirOwnTopicsWithTheReplicationFactorTheStacksKafkaAllows() {
        var three = new ServiceSpecs(StackPorts.DEFAULTS, INFRASTRUCTURE, KEY, CHECK_KEY, repository, repository.resolve("run"),
                repository.resolve("stage"), Map.of(), (short) 3, Map.of());

        assertThat(three.analytics().properties()).containsEntry("vigil.analytics.replication-factor", "3");
        assertThat(three.scheduler().properties()).containsEntry("vigil.scheduler.topics.replication-factor", "3");
        assertThat(three.probe().properties()).containsEntry("vigil.probe.topics.replication-factor", "3");
        assertThat(three.notifier().properties()).containsEntry("vigil.notifier.kafka.replication-factor", "3");
    }

    @Test
    void registryStartsFirstAndTheGatewayLast() {
        assertThat(specs.inStartOrder()).extracting(ServiceSpec::name).containsExactlyElementsOf(MODULES);
    }

    @Test
    void everyServiceListensOnItsOwnFixedLoopbackPort() {
        assertThat(specs.inStartOrder()).allSatisfy(spec -> assertThat(spec.properties())
                .containsEntry("server.port", String.valueOf(spec.port()))
                .containsEntry("server.address", "127.0.0.1"));
        assertThat(specs.inStartOrder()).extracting(ServiceSpec::port)
                .containsExactly(8081, 8084, 8082, 8083, 8085, 8086, 8080);
    }

    @Test
    void everyServiceRunsAStagedCopyOfItsOwnExecutableJar() throws IOException {
        Files.writeString(repository.resolve("probe-service/target/probe-service-0.1.0-SNAPSHOT-exec.jar"), "probe jar");

        assertThat(specs.inStartOrder()).allSatisfy(spec -> assertThat(spec.jar())
                .isEqualTo(repository.resolve("stage").resolve(spec.name() + "-0.1.0-SNAPSHOT-exec.jar")));
        assertThat(specs.probe().jar()).hasContent("probe jar");
    }

    @Test
    void everyServiceTalksToTheSameBroker() {
        assertThat(specs.inStartOrder()).allSatisfy(spec ->
                assertThat(spec.properties()).containsEntry("spring.kafka.bootstrap-servers", "localhost:9092"));
    }

    @Test
    void registrySealsWithTheKeyTheNotifierOpensWith() {
        assertThat(specs.registry().properties()).containsEntry("vigil.registry.channels.sealing-key", KEY);
        assertThat(specs.notifier().properties()).containsEntry("vigil.notifier.channel-secret-key", KEY);
    }

    @Test
    void registrySealsCheckHeadersWithTheKeyOnlyTheProbeOpensWith() {
        assertThat(specs.registry().properties()).containsEntry("vigil.registry.checks.secret-key", CHECK_KEY);
        assertThat(specs.probe().properties()).containsEntry("vigil.probe.check-secret-key", CHECK_KEY);
        assertThat(specs.inStartOrder()).filteredOn(spec -> !Set.of("registry-service", "probe-service")
                .contains(spec.name())).allSatisfy(spec -> assertThat(spec.properties()).doesNotContainValue(CHECK_KEY));
    }

    @Test
    void loopbackTargetsAreAllowedWhereTheDemoNeedsThem() {
        assertThat(specs.registry().properties()).containsEntry("vigil.registry.monitors.allow-private-targets", "true");
        assertThat(specs.probe().properties()).containsEntry("vigil.probe.egress.allowed-cidrs", "127.0.0.0/8");
        assertThat(specs.notifier().properties())
                .containsEntry("vigil.notifier.webhook.egress.allowed-cidrs", "127.0.0.0/8");
    }

    @Test
    void registryAndGatewayValidateKeycloaksTokens() {
        assertThat(List.of(specs.registry(), specs.gateway())).allSatisfy(spec -> assertThat(spec.properties())
                .containsEntry("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://localhost:8180/realms/vigil")
                .containsEntry("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                        "http://localhost:8180/realms/vigil/protocol/openid-connect/certs"));
    }

    @Test
    void gatewayRoutesTheConsolesPathsToTheConsole() {
        assertThat(specs.gateway().properties()).containsEntry("vigil.gateway.console-uri", "http://localhost:8086");
    }

    @Test
    void consoleSignsInWithTheStacksKeycloakAndReadsTheRegistry() {
        assertThat(specs.console().properties())
                .containsEntry("spring.security.oauth2.client.provider.keycloak.issuer-uri",
                        "http://localhost:8180/realms/vigil")
                .containsEntry("vigil.console.api-uri", "http://localhost:8081")
                .containsEntry("vigil.console.live-uri", "http://localhost:8080/api/v1/live");
    }

    @Test
    void gatewayRoutesToTheRegistrysPort() {
        assertThat(specs.gateway().properties()).containsEntry("vigil.gateway.registry-uri", "http://localhost:8081");
    }

    @Test
    void registryAndNotifierEachHaveTheirOwnDatabase() {
        assertThat(specs.registry().properties())
                .containsEntry("spring.datasource.url", "jdbc:postgresql://localhost:5432/registry");
        assertThat(specs.notifier().properties())
                .containsEntry("spring.datasource.url", "jdbc:postgresql://localhost:5432/notifier")
                .containsEntry("spring.mail.port", "1025");
    }

    @Test
    void theNotifierSpeaksPlainSmtpToTheLocalCatcherOnly() {
        assertThat(specs.notifier().properties())
                .containsEntry("spring.mail.properties.mail.smtp.starttls.enable", "false")
                .containsEntry("spring.mail.properties.mail.smtp.starttls.required", "false");
    }

    @Test
    void analyticsKeepsItsStateInThisRunsFolder() {
        assertThat(specs.analytics().properties())
                .containsEntry("vigil.analytics.state-dir", repository.resolve("run").resolve("analytics-state").toString());
    }

    @Test
    void anUnbuiltServiceNamesTheBuildCommand() throws IOException {
        Files.delete(repository.resolve("gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar"));

        assertThatThrownBy(specs::gateway).hasMessageContaining("./mvnw -B -DskipTests package");
    }

    @Test
    void anOverrideIsSetOverTheStacksOwnProperties() {
        assertThat(specs.registry().properties()).containsEntry("vigil.registry.monitors.min-interval", "1s");
        assertThat(specs.probe().properties()).doesNotContainKey("vigil.registry.monitors.min-interval");
    }
}
