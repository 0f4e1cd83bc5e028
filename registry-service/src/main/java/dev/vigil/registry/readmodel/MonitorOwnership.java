package dev.vigil.registry.readmodel;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Every dashboard read starts here: a monitor the caller does not own answers 404, exactly like one that is absent. */
@Component
class MonitorOwnership {

    private final JdbcClient jdbc;

    MonitorOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void require(UUID monitorId, String tenant) {
        boolean owned = jdbc.sql("select exists (select 1 from monitor where id = ? and tenant = ?)")
                .params(monitorId, tenant)
                .query(Boolean.class)
                .single();
        if (!owned) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No monitor " + monitorId);
        }
    }
}
