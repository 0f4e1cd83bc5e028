package dev.vigil.registry.outbox;

import dev.vigil.contracts.json.ContractsJson;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts outbox rows for the CDC engine to publish; it joins the caller's transaction and refuses to run without
 * one, so an entity change and its event are committed or lost together.
 */
@Component
public class OutboxWriter {

    private final JdbcClient jdbc;

    OutboxWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param payload the full contract record, written with the contracts' mapper; null publishes a tombstone
     * @return the outbox row id, which travels with the record so consumers can drop duplicates
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(Aggregate aggregate, UUID aggregateId, String type, @Nullable Object payload) {
        UUID id = UUID.randomUUID();
        String json = payload == null ? null : ContractsJson.mapper().writeValueAsString(payload);
        jdbc.sql("""
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload)
                values (?, ?, ?, ?, cast(? as jsonb))
                """)
                .params(id, aggregate.wireName(), aggregateId.toString(), type, json)
                .update();
        return id;
    }
}
