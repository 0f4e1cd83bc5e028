package dev.vigil.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.delivery.DeliveryOutcome;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.contracts.json.ContractsJson;
import dev.vigil.contracts.topic.DeadLetterHeaders;
import dev.vigil.contracts.topic.Topics;
import dev.vigil.notifier.NotifierProperties;
import dev.vigil.notifier.channel.ChannelDirectory;
import dev.vigil.notifier.delivery.DeliveryTask;
import dev.vigil.notifier.delivery.InternalSerializer;
import dev.vigil.notifier.delivery.NotifierTopics;
import dev.vigil.notifier.webhook.WebhookVerificationException;
import dev.vigil.notifier.webhook.WebhookVerifier;
import dev.vigil.testkit.http.ReceivedWebhook;
import dev.vigil.testkit.http.ScriptedWebhookReceiver;
import dev.vigil.testkit.http.WebhookAnswer;
import dev.vigil.testkit.kafka.KafkaBroker;
import dev.vigil.testkit.kafka.WithKafka;
import dev.vigil.testkit.mail.MailServer;
import dev.vigil.testkit.mail.ReceivedMail;
import dev.vigil.testkit.mail.WithMail;
import dev.vigil.testkit.postgres.WithPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.UUIDDeserializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.apache.kafka.common.utils.Utils;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@WithKafka
@WithPostgres(freshDatabase = true)
@WithMail
@ActiveProfiles("test")
// GreenMail is a plain SMTP catcher, like the local stack's: STARTTLS (required by default) is off for it.
@TestPropertySource(properties = {"spring.mail.properties.mail.smtp.starttls.enable=false",
        "spring.mail.properties.mail.smtp.starttls.required=false"})
@SpringBootTest
class NotificationDeliveryIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Slack for the notifier's own work around a timed-out call: threads waking, the claim and settle writes. */
    private static final Duration SCHEDULING = Duration.ofSeconds(3);
    private static final Duration VIEW_LAG = Duration.ofSeconds(1);
    /** Slack for routing the queued alert and handing the timed-out task to its retry topic. */
    private static final Duration HAND_OVER = Duration.ofSeconds(5);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static ScriptedWebhookReceiver receiver;
    private static ScriptedWebhookReceiver forbidden;

    @Autowired
    private ChannelDirectory directory;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private NotifierProperties properties;

    @BeforeAll
    static void startInfrastructure() {
        KafkaBroker.shared().createTopics(List.of(
                new NewTopic(Topics.CHANNELS.name(), Topics.CHANNELS.partitions(), (short) 1)
                        .configs(Topics.CHANNELS.configs()),
                new NewTopic(Topics.ALERTS.name(), Topics.ALERTS.partitions(), (short) 1)));
        receiver = ScriptedWebhookReceiver.startOn("127.0.0.1");
        // Loopback, but outside the test allow-list (127.0.0.1/32): the guard must refuse it.
        forbidden = ScriptedWebhookReceiver.startOn("127.0.0.2");
    }

    @AfterAll
    static void stopReceivers() {
        receiver.close();
        forbidden.close();
    }

    @Test
    void emailArrivesWithSubjectFiguresAndDashboardLink() {
        String tenant = Samples.tenant();
        String address = tenant + "@example.test";
        publish(Samples.email(tenant, address));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        ReceivedMail mail = MailServer.shared().awaitMessagesTo(address, 1, WAIT).getFirst();
        assertThat(mail.subject()).isEqualTo("[Vigil] Checkout API is down at " + WHEN.format(alert.occurredAt()));
        assertThat(mail.text()).contains("Failed checks in a row: 3", "Failing regions: eu-west",
                "https://vigil.example.test/monitors/" + alert.monitorId());
        assertThat(mail.html()).contains("<th align=\"left\">Failed checks in a row</th><td>3</td>",
                "href=\"https://vigil.example.test/monitors/" + alert.monitorId() + "\"");
    }

    @Test
    void deliveriesAreCountedByChannelKindAndOutcome() {
        String tenant = Samples.tenant();
        String address = tenant + "@example.test";
        publish(Samples.email(tenant, address));
        double before = deliveredEmails();

        raise(Samples.failureStreak(tenant));

        MailServer.shared().awaitMessagesTo(address, 1, WAIT);
        await().atMost(WAIT).until(() -> deliveredEmails() > before);
        assertThat(meters.get("vigil.notifier.attempts").tag("kind", "email").tag("result", "delivered").timer()
                .count()).isPositive();
    }

    @Test
    void webhookIsASignedCloudEventThatTheVerifierAcceptsAndATamperedCopyFails() throws Exception {
        String tenant = Samples.tenant();
        String path = "/signed-" + UUID.randomUUID();
        String secret = Sealing.newSecret();
        publish(Samples.webhook(tenant, receiver.url(path), secret));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        ReceivedWebhook request = receiver.awaitRequestsTo(path, 1, WAIT).getFirst();
        var verifier = new WebhookVerifier(secret);
        assertThatCode(() -> verify(verifier, request, request.body())).doesNotThrowAnyException();
        byte[] tampered = new String(request.body(), StandardCharsets.UTF_8).replace("Checkout API", "Checkout APJ")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> verify(verifier, request, tampered)).isInstanceOf(WebhookVerificationException.class);
        JsonNode event = ContractsJson.mapper().readTree(request.body());
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("id").asString()).isEqualTo(alert.id().toString());
        assertThat(event.get("type").asString()).isEqualTo("dev.vigil.alert.failure_streak");
        assertThat(event.get("data").get("details").get("streak").asInt()).isEqualTo(3);
        assertThat(request.header("content-type")).startsWith("application/cloudevents+json");
    }

    @Test
    void serverErrorsAreRetriedUntilOneDeliveryWithTheSameWebhookId() {
        String tenant = Samples.tenant();
        String path = "/flaky-" + UUID.randomUUID();
        receiver.script(path, WebhookAnswer.status(500), WebhookAnswer.status(500), WebhookAnswer.status(200));
        Channel hook = publish(Samples.webhook(tenant, receiver.url(path), Sealing.newSecret()));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        List<ReceivedWebhook> requests = receiver.awaitRequestsTo(path, 3, WAIT);
        assertThat(requests).extracting(request -> request.header("webhook-id")).containsOnly(alert.id().toString());
        awaitOutcome(alert, hook, DeliveryStatus.DELIVERED);
        assertThat(row(alert, hook)).contains(new Row("delivered", 3, null));
        assertThat(receiver.requestsTo(path)).hasSize(3);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 404})
    void aClientErrorFailsAtOnceIsRecordedAndDeadLettered(int status) {
        String tenant = Samples.tenant();
        String path = "/refusing-" + UUID.randomUUID();
        receiver.script(path, WebhookAnswer.status(status));
        Channel hook = publish(Samples.webhook(tenant, receiver.url(path), Sealing.newSecret()));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        var deadLetter = TopicReader.await(NotifierTopics.deadLetter(NotifierTopics.WEBHOOK_TASKS),
                new UUIDDeserializer(), new ByteArrayDeserializer(), record -> hook.id().equals(record.key()), 1, WAIT)
                .getFirst();
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
                .isEqualTo("processing");
        assertThat(row(alert, hook)).contains(new Row("failed", 1, "HTTP " + status));
        awaitOutcome(alert, hook, DeliveryStatus.FAILED);
        assertThat(receiver.requestsTo(path)).hasSize(1);
    }

    @Test
    void tooManyRequestsWaitsAtLeastTheRetryAfterItWasGiven() {
        String tenant = Samples.tenant();
        String path = "/throttled-" + UUID.randomUUID();
        receiver.script(path, WebhookAnswer.status(429, "Retry-After", "4"), WebhookAnswer.status(200));
        Channel hook = publish(Samples.webhook(tenant, receiver.url(path), Sealing.newSecret()));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        List<ReceivedWebhook> requests = receiver.awaitRequestsTo(path, 2, WAIT);
        assertThat(Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        awaitOutcome(alert, hook, DeliveryStatus.DELIVERED);
    }

    @Test
    void aWebhookThatNeverAnswersIsGivenUpAtTheTotalTimeoutAndRetried() {
        String tenant = Samples.tenant();
        String path = "/hanging-" + UUID.randomUUID();
        receiver.script(path, WebhookAnswer.hang(), WebhookAnswer.status(200));
        Channel hook = publish(Samples.webhook(tenant, receiver.url(path), Sealing.newSecret()));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        List<ReceivedWebhook> requests = receiver.awaitRequestsTo(path, 2, WAIT);
        DeliveryOutcome gaveUp = awaitOutcome(alert, hook, DeliveryStatus.RETRYING);
        // From the moment the receiver read the request to the moment the notifier recorded giving up on it.
        Duration held = Duration.between(requests.get(0).receivedAt(), gaveUp.occurredAt());
        assertThat(held).isBetween(totalTimeout().minus(SCHEDULING), totalTimeout().plus(SCHEDULING));
        assertThat(gaveUp.attempts()).isEqualTo(1);
        assertThat(requests.get(1).receivedAt()).isAfter(gaveUp.occurredAt());
        assertThat(awaitOutcome(alert, hook, DeliveryStatus.DELIVERED).attempts()).isEqualTo(2);
    }

    @Test
    void anotherTenantsWebhookQueuedBehindAHangingOneWaitsNoLongerThanTheTotalTimeout() {
        String hangingPath = "/hanging-" + UUID.randomUUID();
        receiver.script(hangingPath, WebhookAnswer.hang(), WebhookAnswer.status(200));
        Channel hanging = publish(Samples.webhook(Samples.tenant(), receiver.url(hangingPath), Sealing.newSecret()));
        String queuedPath = "/queued-" + UUID.randomUUID();
        Channel queued = publish(onTheTaskPartitionOf(hanging,
                Samples.webhook(Samples.tenant(), receiver.url(queuedPath), Sealing.newSecret())));
        raise(Samples.failureStreak(hanging.tenant()));
        ReceivedWebhook hung = receiver.awaitRequestsTo(hangingPath, 1, WAIT).getFirst();

        raise(Samples.failureStreak(queued.tenant()));

        // Tasks are keyed by channel id, so each channel's tasks sit on one partition of the webhook task topic, and
        // each consumer of the container (vigil.notifier.kafka.concurrency of them) handles its partitions one record
        // at a time. A task behind a hanging attempt therefore waits for it, and only the total timeout ends that
        // wait. The bound is per attempt, not per receiver: every hanging task ahead on the same consumer adds the
        // total timeout again. Both channels share a partition here, so the queued task really is behind the hang.
        ReceivedWebhook reached = receiver.awaitRequestsTo(queuedPath, 1, WAIT).getFirst();
        assertThat(taskPartition(queued)).isEqualTo(taskPartition(hanging));
        assertThat(Duration.between(hung.receivedAt(), reached.receivedAt()))
                .isLessThanOrEqualTo(totalTimeout().plus(HAND_OVER));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {301, 302})
    void aRedirectToABlockedAddressFailsPermanentlyAndIsNeverFollowed(int status) {
        String tenant = Samples.tenant();
        String path = "/moved-" + UUID.randomUUID();
        String internalPath = "/internal-" + UUID.randomUUID();
        receiver.script(path, WebhookAnswer.redirect(status, forbidden.url(internalPath)));
        Channel hook = publish(Samples.webhook(tenant, receiver.url(path), Sealing.newSecret()));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        DeliveryOutcome failed = awaitOutcome(alert, hook, DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        // A followed redirect would have failed at the egress guard instead, with the guard's reason.
        assertThat(failed.lastError()).isEqualTo("HTTP " + status + " (redirects are not followed)");
        assertThat(forbidden.requestsTo(internalPath)).isEmpty();
        assertThat(receiver.requestsTo(path)).hasSize(1);
    }

    @Test
    void anAlertFannedOutToAFailingAndAHealthyWebhookReachesTheHealthyOneExactlyOnce() {
        String tenant = Samples.tenant();
        String failingPath = "/down-" + UUID.randomUUID();
        String healthyPath = "/up-" + UUID.randomUUID();
        receiver.script(failingPath, WebhookAnswer.status(503));
        Channel failing = publish(Samples.webhook(tenant, receiver.url(failingPath), Sealing.newSecret()));
        Channel healthy = publish(Samples.webhook(tenant, receiver.url(healthyPath), Sealing.newSecret()));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        DeliveryOutcome gaveUp = awaitOutcome(alert, failing, DeliveryStatus.FAILED);
        assertThat(gaveUp.attempts()).isEqualTo(properties.retry().delays().size() + 1);
        assertThat(receiver.requestsTo(failingPath)).hasSize(gaveUp.attempts());
        assertThat(receiver.requestsTo(healthyPath)).singleElement()
                .satisfies(request -> assertThat(request.header("webhook-id")).isEqualTo(alert.id().toString()));
        assertThat(row(alert, healthy)).contains(new Row("delivered", 1, null));
    }

    @Test
    void aTestAlertReadBeforeItsNewChannelReachedTheViewStillReachesTheChannel() throws InterruptedException {
        String tenant = Samples.tenant();
        String warmUpPath = "/warm-up-" + UUID.randomUUID();
        publish(Samples.webhook(tenant, receiver.url(warmUpPath), Sealing.newSecret()));
        raise(Samples.failureStreak(tenant));
        receiver.awaitRequestsTo(warmUpPath, 1, WAIT);
        String path = "/tested-" + UUID.randomUUID();
        Channel hook = Samples.webhook(tenant, receiver.url(path), Sealing.newSecret());

        // The registry writes the channel before its test alert, but the view reads channels on a consumer of its
        // own, so routing, live as the warm-up alert showed, can see the alert first; here the channel lags a second.
        raise(Samples.testAlert(hook));
        Thread.sleep(VIEW_LAG);
        KafkaBroker.shared().send(Topics.CHANNELS.name(), new UUIDSerializer(), Topics.CHANNELS.valueSerde().serializer(),
                hook.id(), hook);

        assertThat(receiver.awaitRequestsTo(path, 1, WAIT)).hasSize(1);
    }

    @Test
    void theSameAlertConsumedTwiceIsSentOnce() {
        String tenant = Samples.tenant();
        String address = tenant + "@example.test";
        Channel mail = publish(Samples.email(tenant, address));
        Alert alert = Samples.failureStreak(tenant);
        Alert later = Samples.laterOnSameMonitor(alert);

        raise(alert);
        raise(alert);
        raise(later);

        MailServer.shared().awaitMessages(m -> m.to().contains(address) && m.subject().contains("Search"), 1, WAIT);
        assertThat(MailServer.shared().received()).filteredOn(m -> m.to().contains(address))
                .extracting(ReceivedMail::subject).filteredOn(subject -> subject.contains("Checkout API")).hasSize(1);
        assertThat(row(alert, mail)).contains(new Row("delivered", 1, null));
    }

    @Test
    void anAbortedTransactionsAlertSendsNothing() {
        String tenant = Samples.tenant();
        String address = tenant + "@example.test";
        Channel mail = publish(Samples.email(tenant, address));
        Alert aborted = Samples.failureStreak(tenant);
        Alert committed = Samples.laterOnSameMonitor(aborted);

        raiseAndAbort(aborted);
        raise(committed);

        MailServer.shared().awaitMessagesTo(address, 1, WAIT);
        assertThat(MailServer.shared().received()).filteredOn(m -> m.to().contains(address))
                .extracting(ReceivedMail::subject).noneMatch(subject -> subject.contains("Checkout API"));
        assertThat(row(aborted, mail)).isEmpty();
    }

    @Test
    void aChannelOfAnotherTenantIsNeverRoutedTo() {
        String tenant = Samples.tenant();
        String foreignAddress = "foreign-" + UUID.randomUUID() + "@example.test";
        Channel foreign = publish(Samples.email(Samples.tenant(), foreignAddress));
        String address = tenant + "@example.test";
        Channel own = publish(Samples.email(tenant, address));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        awaitOutcome(alert, own, DeliveryStatus.DELIVERED);
        assertThat(row(alert, foreign)).isEmpty();
        assertThat(MailServer.shared().received()).noneMatch(m -> m.to().contains(foreignAddress));
    }

    @Test
    void aTaskPairingAnAlertWithAnotherTenantsChannelIsDropped() {
        String tenant = Samples.tenant();
        String address = tenant + "@example.test";
        Channel victim = publish(Samples.email(tenant, address));
        Alert foreignAlert = Samples.failureStreak(Samples.tenant());
        Alert ownAlert = Samples.latencyBreach(tenant);

        sendTask(new DeliveryTask(victim.id(), foreignAlert));
        sendTask(new DeliveryTask(victim.id(), ownAlert));

        MailServer.shared().awaitMessagesTo(address, 1, WAIT);
        assertThat(MailServer.shared().received()).filteredOn(m -> m.to().contains(address))
                .extracting(ReceivedMail::subject).noneMatch(subject -> subject.contains("Checkout API"));
        assertThat(row(foreignAlert, victim)).isEmpty();
    }

    @Test
    void aWebhookToABlockedAddressIsRefusedWithoutAConnection() {
        String tenant = Samples.tenant();
        String path = "/internal-" + UUID.randomUUID();
        Channel hook = publish(Samples.webhook(tenant, forbidden.url(path), Sealing.newSecret()));
        Alert alert = Samples.failureStreak(tenant);

        raise(alert);

        awaitOutcome(alert, hook, DeliveryStatus.FAILED);
        assertThat(row(alert, hook)).hasValueSatisfying(row -> {
            assertThat(row.status()).isEqualTo("failed");
            assertThat(row.lastError()).contains("egress guard");
        });
        assertThat(forbidden.requests()).isEmpty();
    }

    @Test
    void goneSwitchesTheChannelOffForLaterAlerts() {
        String tenant = Samples.tenant();
        String path = "/gone-" + UUID.randomUUID();
        receiver.script(path, WebhookAnswer.status(410));
        Channel hook = publish(Samples.webhook(tenant, receiver.url(path), Sealing.newSecret()));
        Alert first = Samples.failureStreak(tenant);
        Alert second = Samples.laterOnSameMonitor(first);

        raise(first);
        awaitOutcome(first, hook, DeliveryStatus.FAILED);
        raise(second);

        awaitOutcome(second, hook, DeliveryStatus.DISABLED);
        assertThat(receiver.requestsTo(path)).hasSize(1);
    }

    @Test
    void aLateCopyOfADeletedChannelDoesNotBringItBack() {
        String tenant = Samples.tenant();
        Channel deleted = publish(Samples.email(tenant, tenant + "-old@example.test"));
        KafkaBroker.shared().send(Topics.CHANNELS.name(), new UUIDSerializer(),
                Topics.CHANNELS.valueSerde().serializer(), deleted.id(), null);
        await().atMost(WAIT).until(() -> directory.find(deleted.id()).isEmpty());

        // The channel's outbox event published again after its tombstone; the channel after it proves it was read.
        KafkaBroker.shared().send(Topics.CHANNELS.name(), new UUIDSerializer(),
                Topics.CHANNELS.valueSerde().serializer(), deleted.id(), deleted);
        publish(Samples.email(tenant, tenant + "@example.test"));

        assertThat(directory.find(deleted.id())).isEmpty();
    }

    private Duration totalTimeout() {
        return properties.webhook().totalTimeout();
    }

    /** The same channel under an id that the producer's default partitioner puts on {@code leader}'s task partition. */
    private static Channel onTheTaskPartitionOf(Channel leader, Channel channel) {
        UUID id = UUID.randomUUID();
        while (expectedTaskPartition(id) != expectedTaskPartition(leader.id())) {
            id = UUID.randomUUID();
        }
        return new Channel(id, channel.tenant(), channel.name(), channel.target(), channel.alertTypes(),
                channel.enabled(), channel.version(), channel.updatedAt());
    }

    private static int expectedTaskPartition(UUID channelId) {
        byte[] key = new UUIDSerializer().serialize(NotifierTopics.WEBHOOK_TASKS, channelId);
        return Utils.toPositive(Utils.murmur2(key)) % NotifierTopics.TASK_PARTITIONS;
    }

    /** Where the channel's task really went, read back from the topic. */
    private static int taskPartition(Channel channel) {
        return TopicReader.await(NotifierTopics.WEBHOOK_TASKS, new UUIDDeserializer(), new ByteArrayDeserializer(),
                record -> channel.id().equals(record.key()), 1, WAIT).getFirst().partition();
    }

    private double deliveredEmails() {
        var counter = meters.find("vigil.notifier.deliveries").tag("kind", "email").tag("outcome", "delivered").counter();
        return counter == null ? 0 : counter.count();
    }

    private Channel publish(Channel channel) {
        KafkaBroker.shared().send(Topics.CHANNELS.name(), new UUIDSerializer(), Topics.CHANNELS.valueSerde().serializer(),
                channel.id(), channel);
        await().atMost(WAIT).until(() -> directory.find(channel.id()).isPresent());
        return channel;
    }

    private static void raise(Alert alert) {
        KafkaBroker.shared().send(Topics.ALERTS.name(), new UUIDSerializer(), Topics.ALERTS.valueSerde().serializer(),
                alert.monitorId(), alert);
    }

    private static void raiseAndAbort(Alert alert) {
        var properties = KafkaBroker.shared().producerProperties();
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "aborting-" + UUID.randomUUID());
        try (var producer = new KafkaProducer<>(properties, new UUIDSerializer(),
                Topics.ALERTS.valueSerde().serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), alert.monitorId(), alert));
            producer.flush();
            producer.abortTransaction();
        }
    }

    private static void sendTask(DeliveryTask task) {
        KafkaBroker.shared().send(NotifierTopics.EMAIL_TASKS, new InternalSerializer(), new InternalSerializer(),
                task.channelId(), task);
    }

    private static DeliveryOutcome awaitOutcome(Alert alert, Channel channel, DeliveryStatus status) {
        return TopicReader.await(Topics.DELIVERIES.name(), new UUIDDeserializer(),
                Topics.DELIVERIES.valueSerde().deserializer(), record -> matches(record.value(), alert, channel, status),
                1, WAIT).getFirst().value();
    }

    private static boolean matches(DeliveryOutcome outcome, Alert alert, Channel channel, DeliveryStatus status) {
        return outcome.alertId().equals(alert.id()) && outcome.channelId().equals(channel.id())
                && outcome.outcome() == status;
    }

    private static void verify(WebhookVerifier verifier, ReceivedWebhook request, byte[] body)
            throws WebhookVerificationException {
        verifier.verify(request.header("webhook-id"), request.header("webhook-timestamp"),
                request.header("webhook-signature"), body);
    }

    private Optional<Row> row(Alert alert, Channel channel) {
        return jdbc.sql("select status, attempts, last_error from delivery where alert_id = ? and channel_id = ?")
                .params(alert.id(), channel.id())
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    private record Row(String status, int attempts, @Nullable String lastError) {
    }
}
