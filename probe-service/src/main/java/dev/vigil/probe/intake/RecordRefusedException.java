package dev.vigil.probe.intake;

import java.util.List;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

/**
 * Kafka refused a record for a reason no retry can fix; the cause is Kafka's own error. Callers set such a record
 * aside instead of holding their partition back for it.
 */
final class RecordRefusedException extends RuntimeException {

    /**
     * Errors that sending the same record again cannot get past. A missing topic is not one of them (it may be
     * created in a moment), nor a cluster-level authorization error, which fails every record alike.
     */
    private static final List<Class<? extends Throwable>> PERMANENT = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, TopicAuthorizationException.class, InvalidTopicException.class,
            SerializationException.class, InvalidRecordException.class);

    private final Throwable refusal;

    RecordRefusedException(Throwable refusal) {
        super(refusal.toString(), refusal);
        this.refusal = refusal;
    }

    /** Kafka's error, which the dead-letter headers name. */
    Throwable refusal() {
        return refusal;
    }

    static boolean permanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Throwable candidate = cause;
            if (PERMANENT.stream().anyMatch(type -> type.isInstance(candidate))) {
                return true;
            }
        }
        return false;
    }
}
