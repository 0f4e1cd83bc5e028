package dev.vigil.analytics.incident;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Good and bad check counts per time bucket, kept only for the buckets that saw checks and only as long as the
 * longest period asked of them, so availability over any recent period is a sum over a few entries.
 */
final class Buckets {

  private final long bucketMillis;
  private final TreeMap<Long, long[]> counts = new TreeMap<>();

  Buckets(Duration bucket) {
    this.bucketMillis = bucket.toMillis();
  }

  void record(Instant at, boolean good, Duration keep) {
    long index = Math.floorDiv(at.toEpochMilli(), bucketMillis);
    long[] cell = counts.computeIfAbsent(index, i -> new long[2]);
    cell[good ? 0 : 1]++;
    counts.headMap(index - keep.toMillis() / bucketMillis, true).clear();
  }

  /** Good and bad checks in the buckets overlapping the period that ends at {@code at}. */
  long[] over(Instant at, Duration period) {
    long last = Math.floorDiv(at.toEpochMilli(), bucketMillis);
    long first = last - Math.max(1, period.toMillis() / bucketMillis) + 1;
    long good = 0;
    long bad = 0;
    for (long[] cell : counts.subMap(first, true, last, true).values()) {
      good += cell[0];
      bad += cell[1];
    }
    return new long[] {good, bad};
  }

  /** When the oldest bucket still kept began, or {@link HealthState#NONE} if none is. */
  long firstBucketStartMs() {
    return counts.isEmpty() ? HealthState.NONE : counts.firstKey() * bucketMillis;
  }

  long bucketMillis() {
    return bucketMillis;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<Long, long[]> entry : counts.entrySet()) {
      out.writeLong(entry.getKey());
      out.writeInt((int) entry.getValue()[0]);
      out.writeInt((int) entry.getValue()[1]);
    }
  }

  void read(DataInputStream in) throws IOException {
    int size = in.readInt();
    for (int i = 0; i < size; i++) {
      counts.put(in.readLong(), new long[] {in.readInt(), in.readInt()});
    }
  }

  int size() {
    return counts.size();
  }
}
