package dev.vigil.registry.cdc;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox is streamed to Kafka; the database itself is the one of {@code spring.datasource}.
 *
 * @param enabled whether this replica runs for leadership and, once elected, the engine (default true)
 * @param slotName the logical replication slot, unique on the PostgreSQL server (default vigil_ and the database
 *     name)
 * @param publicationName the publication of the outbox table, created with inserts only (default vigil_outbox)
 * @param outboxTable the outbox table, schema-qualified (default public.outbox_event)
 * @param offsetTable the table Debezium's JDBC offset store keeps the stream position in (default cdc_offset)
 * @param engineName the engine's name, which keys its offsets (default vigil-registry-outbox)
 * @param leaderLockKey the PostgreSQL advisory lock whose holder is the one replica that streams
 * @param leadershipCheckInterval how often leadership is tried or re-checked, and the slot lag measured (default 5s)
 * @param heartbeatInterval how often the engine writes a WAL message and commits its position, so the slot advances
 *     in a quiet database (default 10s)
 * @param offsetFlushInterval how often processed positions are committed (default 1s)
 * @param restartBackoff the wait before a failed engine is started again (default 5s)
 * @param sendTimeout how long a batch waits for Kafka to acknowledge before the engine fails and restarts (default 30s)
 * @param topicReplicationFactor replication factor of the topics the registry creates (default 1, for local use)
 */
@Validated
@ConfigurationProperties("vigil.registry.cdc")
public record CdcProperties(
        @DefaultValue("true") boolean enabled,
        @Nullable @Pattern(regexp = "[a-z0-9_]{1,63}") String slotName,
        @DefaultValue("vigil_outbox") @NotBlank @Pattern(regexp = "[a-z0-9_]{1,63}") String publicationName,
        @DefaultValue("public.outbox_event") @NotBlank @Pattern(regexp = "[a-z0-9_]+\\.[a-z0-9_]+") String outboxTable,
        @DefaultValue("cdc_offset") @NotBlank @Pattern(regexp = "[a-z0-9_]{1,63}") String offsetTable,
        @DefaultValue("vigil-registry-outbox") @NotBlank String engineName,
        @DefaultValue("7364361") long leaderLockKey,
        @DefaultValue("5s") @NotNull Duration leadershipCheckInterval,
        @DefaultValue("10s") @NotNull Duration heartbeatInterval,
        @DefaultValue("1s") @NotNull Duration offsetFlushInterval,
        @DefaultValue("5s") @NotNull Duration restartBackoff,
        @DefaultValue("30s") @NotNull Duration sendTimeout,
        @DefaultValue("1") @Min(1) short topicReplicationFactor) {

    /** These settings with the slot named, when the configuration left it to be derived from the database. */
    CdcProperties resolve(String database) {
        if (slotName != null) {
            return this;
        }
        return new CdcProperties(enabled, SlotName.forDatabase(database), publicationName, outboxTable, offsetTable,
                engineName, leaderLockKey, leadershipCheckInterval, heartbeatInterval, offsetFlushInterval,
                restartBackoff, sendTimeout, topicReplicationFactor);
    }

    /** The slot, once {@link #resolve} named it. */
    @Override
    public String slotName() {
        if (slotName == null) {
            throw new IllegalStateException("The slot name is derived from the database: resolve the settings first");
        }
        return slotName;
    }
}
