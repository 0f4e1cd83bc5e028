package dev.vigil.notifier.delivery;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.contracts.channel.Channel;
import dev.vigil.notifier.NotifierProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The row per (alert, channel) that makes delivery happen once: an attempt is claimed in the database before the
 * send and settled after it, so a task read twice (redelivery, rebalance, a second alert copy) finds the claim or the
 * result and sends nothing. Only a crash between send and settle repeats a send, and the attempts column shows it.
 */
@Component
class DeliveryLog {

    private final JdbcClient jdbc;
    private final Duration lease;

    DeliveryLog(JdbcClient jdbc, NotifierProperties properties) {
        this.jdbc = jdbc;
        this.lease = properties.retry().claimLease();
    }

    @Transactional
    Claim claim(Alert alert, Channel channel, Instant now) {
        jdbc.sql("""
                insert into delivery (alert_id, channel_id, tenant, monitor_id, channel_kind, status,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, 'pending', ?, ?) on conflict do nothing
                """)
                .params(alert.id(), channel.id(), alert.tenant(), alert.monitorId(), channel.target().kind().name(),
                        ts(now), ts(now))
                .update();
        Row row = jdbc.sql("select status, attempts, not_before, claimed_at from delivery"
                        + " where alert_id = ? and channel_id = ? for update")
                .params(alert.id(), channel.id())
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2),
                        instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))))
                .single();
        switch (row.status()) {
            case "delivered", "failed", "disabled" -> {
                return new Claim.Settled();
            }
            case "sending" -> {
                Instant leaseEnds = row.claimedAt() == null ? now : row.claimedAt().plus(lease);
                if (now.isBefore(leaseEnds)) {
                    return new Claim.NotYet(leaseEnds, true, row.attempts());
                }
            }
            case "retrying" -> {
                if (row.notBefore() != null && now.isBefore(row.notBefore())) {
                    return new Claim.NotYet(row.notBefore(), false, row.attempts());
                }
            }
            default -> {
            }
        }
        int attempt = row.attempts() + 1;
        jdbc.sql("update delivery set status = 'sending', attempts = ?, claimed_at = ?, updated_at = ?"
                        + " where alert_id = ? and channel_id = ?")
                .params(attempt, ts(now), ts(now), alert.id(), channel.id())
                .update();
        return new Claim.Granted(attempt);
    }

    void delivered(Alert alert, Channel channel, Instant now) {
        settle(alert, channel, "delivered", null, null, now);
    }

    void retrying(Alert alert, Channel channel, String error, Instant notBefore, Instant now) {
        settle(alert, channel, "retrying", error, notBefore, now);
    }

    void failed(Alert alert, Channel channel, String error, Instant now) {
        settle(alert, channel, "failed", error, null, now);
    }

    /**
     * Records a delivery that was not attempted because the channel is off, and returns the attempts made before;
     * empty when the delivery was already settled, so a duplicate task publishes nothing.
     */
    @Transactional
    Optional<Integer> disabled(Alert alert, Channel channel, String reason, Instant now) {
        int inserted = jdbc.sql("""
                insert into delivery (alert_id, channel_id, tenant, monitor_id, channel_kind, status, last_error,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, 'disabled', ?, ?, ?) on conflict do nothing
                """)
                .params(alert.id(), channel.id(), alert.tenant(), alert.monitorId(), channel.target().kind().name(),
                        reason, ts(now), ts(now))
                .update();
        if (inserted == 1) {
            return Optional.of(0);
        }
        return jdbc.sql("update delivery set status = 'disabled', last_error = ?, updated_at = ?"
                        + " where alert_id = ? and channel_id = ? and status in ('pending', 'retrying')"
                        + " returning attempts")
                .params(reason, ts(now), alert.id(), channel.id())
                .query(Integer.class).optional();
    }

    private void settle(Alert alert, Channel channel, String status, @Nullable String error,
            @Nullable Instant notBefore, Instant now) {
        jdbc.sql("update delivery set status = ?, last_error = ?, not_before = ?, claimed_at = null, updated_at = ?"
                        + " where alert_id = ? and channel_id = ?")
                .params(status, error, notBefore == null ? null : ts(notBefore), ts(now), alert.id(), channel.id())
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Row(String status, int attempts, @Nullable Instant notBefore, @Nullable Instant claimedAt) {
    }
}
