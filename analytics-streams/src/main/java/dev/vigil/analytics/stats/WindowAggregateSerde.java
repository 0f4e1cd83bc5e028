package dev.vigil.analytics.stats;

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
          out.writeByte(sketch.getKey().ordinal());
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
          Phase phase = Phase.values()[in.readByte()];
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
