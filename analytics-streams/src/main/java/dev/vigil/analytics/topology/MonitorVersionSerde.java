package dev.vigil.analytics.topology;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The newest monitor version seen, as stored by {@link NewestMonitorVersion}: a format byte, then the version as
 * eight big-endian bytes, {@link #DELETED} once the monitor's tombstone was read.
 */
final class MonitorVersionSerde implements Serde<Long> {

  /** Newer than any version a monitor can have, so nothing passes after a tombstone. */
  static final long DELETED = Long.MAX_VALUE;

  private static final byte FORMAT = 1;
  private static final int SIZE = 1 + Long.BYTES;

  @Override
  public Serializer<Long> serializer() {
    return (topic, version) -> version == null ? null
        : ByteBuffer.allocate(SIZE).put(FORMAT).putLong(version).array();
  }

  @Override
  public Deserializer<Long> deserializer() {
    return (topic, data) -> {
      if (data == null) {
        return null;
      }
      if (data.length != SIZE || data[0] != FORMAT) {
        throw new SerializationException("Cannot read a monitor version of format " + (data.length == 0 ? "none"
            : data[0]) + " and " + data.length + " bytes; this release reads format " + FORMAT);
      }
      return ByteBuffer.wrap(data, 1, Long.BYTES).getLong();
    };
  }
}
