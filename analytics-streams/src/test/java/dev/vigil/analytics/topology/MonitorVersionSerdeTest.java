package dev.vigil.analytics.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Pins the stored form of the monitor-versions store, which its changelog keeps across releases. */
class MonitorVersionSerdeTest {

  private static final byte[] VERSION_7 = {1, 0, 0, 0, 0, 0, 0, 0, 7};
  private static final byte[] DELETED = {1, 0x7f, -1, -1, -1, -1, -1, -1, -1};

  private final MonitorVersionSerde serde = new MonitorVersionSerde();

  @Test
  void aVersionIsStoredAsFormatOneAndEightBigEndianBytes() {
    assertThat(serde.serializer().serialize("t", 7L)).containsExactly(VERSION_7);
    assertThat(serde.deserializer().deserialize("t", VERSION_7)).isEqualTo(7L);
  }

  @Test
  void aDeletedMonitorIsStoredAsTheLargestVersion() {
    assertThat(serde.serializer().serialize("t", MonitorVersionSerde.DELETED)).containsExactly(DELETED);
    assertThat(serde.deserializer().deserialize("t", DELETED)).isEqualTo(MonitorVersionSerde.DELETED);
  }

  @Test
  void anUnknownFormatIsRefusedRatherThanMisread() {
    byte[] future = VERSION_7.clone();
    future[0] = 2;

    assertThatThrownBy(() -> serde.deserializer().deserialize("t", future))
        .isInstanceOf(SerializationException.class).hasMessageContaining("format 2");
  }
}
