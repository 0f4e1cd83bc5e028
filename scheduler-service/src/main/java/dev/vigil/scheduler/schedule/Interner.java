package dev.vigil.scheduler.schedule;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

/**
 * Shares equal values between monitors: every record read from Kafka brings its own copy of the tenant, the regions
 * and the parts of the check, and with a million monitors the copies would cost more than the monitors. Weak, so a
 * value no monitor holds any more (an edited check, a deleted tenant's last monitor) is dropped by the garbage
 * collector instead of piling up for the life of the scheduler. Used by one thread only.
 */
final class Interner {

    private final Map<Object, WeakReference<Object>> shared = new WeakHashMap<>();

    <T> T intern(T value) {
        return intern(value, UnaryOperator.identity());
    }

    /**
     * The shared value equal to {@code value}; when there is none yet, {@code toShare} turns it into the copy that is
     * kept (one made of shared parts, say), which must equal it.
     */
    @SuppressWarnings("unchecked")
    <T> T intern(T value, UnaryOperator<T> toShare) {
        WeakReference<Object> known = shared.get(value);
        Object existing = known == null ? null : known.get();
        if (existing != null) {
            return (T) existing;
        }
        T kept = toShare.apply(value);
        shared.put(kept, new WeakReference<>(kept));
        return kept;
    }

    int size() {
        return shared.size();
    }
}
