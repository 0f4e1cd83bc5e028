package dev.vigil.registry.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.delivery.DeliveryStatus;
import dev.vigil.testkit.postgres.TestDatabase;
import dev.vigil.testkit.postgres.WithPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

@WithPostgres(freshDatabase = true)
class RetentionPurgeIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final int BATCH = 2;

    @Test
    void purgeDeletesOnlyHistoryOlderThanTheRetentionInSmallBatches(TestDatabase database) {
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password()).load().migrate();
        JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(),
                database.jdbcUrl(), database.username(), database.password()));
        var incidents = new IncidentStore(jdbc);
        var stats = new StatsStore(jdbc);
        var alerts = new AlertStore(jdbc, incidents);
        var deliveries = new DeliveryStore(jdbc);
        var statuses = new StatusStore(jdbc, incidents);
        Records old = Records.about(UUID.randomUUID(), "tenant", NOW.minus(RETENTION).minus(Duration.ofDays(1)));
        Records recent = Records.about(UUID.randomUUID(), "tenant", NOW.minus(Duration.ofDays(1)));
        for (Records records : new Records[] {old, recent}) {
            for (int window = 0; window < 5; window++) {
                stats.save(records.stats(60, records.at().plusSeconds(60L * window)));
            }
            Alert streak = records.failureStreak();
            alerts.save(streak);
            alerts.save(records.recovery());
            deliveries.save(records.delivery(streak, UUID.randomUUID(), DeliveryStatus.DELIVERED, 1));
            statuses.save(records.downStatus());
        }
        var purge = new RetentionPurge(jdbc, properties(), Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());

        long deleted = purge.purge();

        assertThat(deleted).isEqualTo(5 + 2 + 1 + 1);
        for (String table : new String[] {"stats_window", "alert_history", "delivery_outcome", "incident"}) {
            assertThat(monitorsIn(jdbc, table)).as(table).isEqualTo(recent.monitorId().toString());
        }
        assertThat(jdbc.sql("select count(*) from monitor_status").query(Long.class).single())
                .as("current status is not history").isEqualTo(2);
    }

    private static String monitorsIn(JdbcClient jdbc, String table) {
        return jdbc.sql("select string_agg(distinct monitor_id::text, ',') from " + table).query(String.class)
                .single();
    }

    private static ReadModelProperties properties() {
        return new ReadModelProperties("group", 3, Duration.ofSeconds(1), RETENTION, Duration.ofHours(1), BATCH,
                2000, 200, Duration.ofHours(24), (short) 1, Duration.ofMinutes(1), Duration.ofHours(1));
    }
}
