package dev.vigil.analytics.stats;

import dev.vigil.analytics.StoredCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary form of {@link WindowAggregate} for the window stores and their changelogs: sketches are kept in
 * DDSketch's own encoding, which JSON would only inflate; the leading byte is the format version.
 */
public final class WindowAggregateSerde implements Serde<WindowAggregate> {

  private static final byte FORMAT = 1;
  /**
   * Phases are stored as one byte from this table, never as ordinals: a new phase is appended with the next code. The
   * first releases wrote the ordinal; the table lists the phases in the order they have had since, so the codes are
   * those very bytes and the format stays 1.
   */
  static final StoredCodes<Phase> PHASES = StoredCodes.of(Phase.class,
      Phase.TOTAL, Phase.DNS, Phase.CONNECT, Phase.TLS, Phase.TTFB);

  @Override
  public Serializer<WindowAggregate> serializer() {
    return (topic, aggregate) -> aggregate == null ? null : write(aggregate);
  }

  @Override
  public Deserializer<WindowAggregate> deserializer() {
    return (topic, bytes) -> bytes == null ? null : read(bytes);
  }

  private static byte[] write(WindowAggregate aggregate) {
    var buffer = new ByteArrayOutputStream();
    try (var out = new DataOutputStream(buffer)) {
      out.writeByte(FORMAT);
      out.writeDouble(aggregate.relativeAccuracy());
      out.writeInt(aggregate.regions().size());
      for (var region : aggregate.regions().entrySet()) {
        out.writeUTF(region.getKey());
        out.writeLong(region.getValue().count());
        out.writeLong(region.getValue().failures());
        out.writeByte(region.getValue().sketches().size());
        for (var sketch : region.getValue().sketches().entrySet()) {
          byte[] encoded = sketch.getValue().bytes();
          out.writeByte(PHASES.code(sketch.getKey()));
          out.writeInt(encoded.length);
          out.write(encoded);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static WindowAggregate read(byte[] bytes) {
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte format = in.readByte();
      if (format != FORMAT) {
        throw new IllegalStateException("unknown window aggregate format " + format);
      }
      double accuracy = in.readDouble();
      int regionCount = in.readInt();
      Map<String, RegionAggregate> regions = new TreeMap<>();
      for (int r = 0; r < regionCount; r++) {
        String region = in.readUTF();
        long count = in.readLong();
        long failures = in.readLong();
        int sketchCount = in.readByte();
        Map<Phase, LatencySketch> sketches = new EnumMap<>(Phase.class);
        for (int s = 0; s < sketchCount; s++) {
          Phase phase = PHASES.constant(in.readByte());
          byte[] encoded = new byte[in.readInt()];
          in.readFully(encoded);
          sketches.put(phase, LatencySketch.read(encoded));
        }
        regions.put(region, new RegionAggregate(count, failures, sketches));
      }
      return new WindowAggregate(accuracy, regions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
