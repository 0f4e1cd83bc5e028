package dev.vigil.notifier.channel;

import dev.vigil.contracts.channel.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Channels whose receiver answered 410 Gone, switched off here because the registry owns the channel and the
 * notifier cannot publish to its topic; a newer channel version from the registry (the user fixed it) switches the
 * channel back on. Kept in PostgreSQL so every instance and every restart agrees.
 */
@Component
public class DisabledChannels {

    private final JdbcClient jdbc;

    DisabledChannels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Why the channel is off, when it is off at the version given. */
    public Optional<String> reasonDisabled(Channel channel) {
        return jdbc.sql("select reason from disabled_channel where channel_id = ? and channel_version >= ?")
                .params(channel.id(), channel.version())
                .query(String.class).optional();
    }

    public void disable(Channel channel, String reason, Instant at) {
        jdbc.sql("""
                insert into disabled_channel (channel_id, channel_version, reason, disabled_at) values (?, ?, ?, ?)
                on conflict (channel_id) do update
                set channel_version = excluded.channel_version, reason = excluded.reason,
                    disabled_at = excluded.disabled_at
                """)
                .params(channel.id(), channel.version(), reason, Timestamp.from(at))
                .update();
    }
}
