package dev.vigil.registry.cdc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Leadership as a session-level PostgreSQL advisory lock on a connection of its own: whoever holds the lock runs the
 * engine, and when its process or connection dies PostgreSQL releases the lock for another replica to take.
 * Used by the supervisor's single thread only.
 */
final class AdvisoryLockLeadership implements AutoCloseable {

    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);

    private final DatabaseLogin login;
    private final long lockKey;
    private @Nullable Connection session;

    AdvisoryLockLeadership(DatabaseLogin login, long lockKey) {
        this.login = login;
        this.lockKey = lockKey;
    }

    /** Takes the lock if it is free; false while another session holds it. */
    boolean tryAcquire() throws SQLException {
        Connection candidate = login.connect();
        try (var statement = candidate.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, lockKey);
            try (var result = statement.executeQuery()) {
                result.next();
                if (result.getBoolean(1)) {
                    session = candidate;
                    return true;
                }
            }
        } catch (SQLException e) {
            candidate.close();
            throw e;
        }
        candidate.close();
        return false;
    }

    /** Whether this replica still leads: the session is alive and PostgreSQL still lists the lock as granted to it. */
    boolean isHeld() {
        Connection current = session;
        if (current == null) {
            return false;
        }
        try (var statement = current.prepareStatement("""
                select count(*) from pg_locks
                where locktype = 'advisory' and pid = pg_backend_pid() and granted
                  and ((classid::bigint << 32) | objid::bigint) = ?
                """)) {
            statement.setQueryTimeout((int) VALIDATION_TIMEOUT.toSeconds());
            statement.setLong(1, lockKey);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        } catch (SQLException e) {
            close();
            return false;
        }
    }

    /** Closing the session releases the lock. */
    @Override
    public void close() {
        Connection current = session;
        session = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // The session is gone either way, and with it the lock.
            }
        }
    }
}
