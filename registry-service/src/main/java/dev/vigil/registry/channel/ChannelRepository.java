package dev.vigil.registry.channel;

import dev.vigil.contracts.channel.Channel;
import dev.vigil.contracts.json.ContractsJson;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Channels as stored: the contract record with sealed secrets; every query names the tenant. */
@Repository
class ChannelRepository {

    private static final String SELECT = "select definition::text from channel ";

    private final JdbcClient jdbc;

    ChannelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Channel channel) {
        jdbc.sql("""
                insert into channel (id, tenant, definition, version, updated_at)
                values (?, ?, cast(? as jsonb), ?, ?)
                """)
                .params(channel.id(), channel.tenant(), json(channel), channel.version(),
                        Timestamp.from(channel.updatedAt()))
                .update();
    }

    void update(Channel channel) {
        jdbc.sql("""
                update channel set definition = cast(? as jsonb), version = ?, updated_at = ?
                where id = ? and tenant = ?
                """)
                .params(json(channel), channel.version(), Timestamp.from(channel.updatedAt()), channel.id(),
                        channel.tenant())
                .update();
    }

    Optional<Channel> find(UUID id, String tenant) {
        return jdbc.sql(SELECT + "where id = ? and tenant = ?").params(id, tenant)
                .query(String.class).optional().map(ChannelRepository::channel);
    }

    Optional<Channel> lock(UUID id, String tenant) {
        return jdbc.sql(SELECT + "where id = ? and tenant = ? for update").params(id, tenant)
                .query(String.class).optional().map(ChannelRepository::channel);
    }

    List<Channel> all(String tenant) {
        return jdbc.sql(SELECT + "where tenant = ? order by created_at, id").param(tenant)
                .query(String.class).list().stream().map(ChannelRepository::channel).toList();
    }

    /** Every Slack or Teams channel, locked, for a one-off pass over all tenants. */
    List<Channel> lockAllChatWebhooks() {
        return jdbc.sql(SELECT
                + "where definition -> 'target' ->> 'preset' in ('slack', 'teams') order by id for update")
                .query(String.class).list().stream().map(ChannelRepository::channel).toList();
    }

    void delete(UUID id, String tenant) {
        jdbc.sql("delete from channel where id = ? and tenant = ?").params(id, tenant).update();
    }

    private static String json(Channel channel) {
        return ContractsJson.mapper().writeValueAsString(channel);
    }

    private static Channel channel(String json) {
        return ContractsJson.mapper().readValue(json, Channel.class);
    }
}
