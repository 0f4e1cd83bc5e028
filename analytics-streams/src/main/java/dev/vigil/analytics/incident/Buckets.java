package dev.vigil.analytics.incident;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Good and bad check counts per time bucket, kept only for the buckets that saw checks and only as long as the
 * longest period asked of them, so availability over any recent period is a sum over a few entries.
 *
 * <p>Held as three parallel arrays sorted by bucket, exactly as long as the buckets kept: a month of hourly buckets is
 * read and written on every result, and arrays read and write in bulk where a map of boxed entries cost most of a
 * result's CPU. A new bucket (once per bucket width) copies the arrays; a check in the newest bucket does not.
 */
final class Buckets {

  /** A bucket as stored: its index (long), good and bad counts (int each). */
  private static final int CELL_BYTES = Long.BYTES + 2 * Integer.BYTES;

  private final long bucketMillis;
  private long[] indexes = new long[0];
  private int[] goods = new int[0];
  private int[] bads = new int[0];

  Buckets(Duration bucket) {
    this.bucketMillis = bucket.toMillis();
  }

  void record(Instant at, boolean good, Duration keep) {
    long index = Math.floorDiv(at.toEpochMilli(), bucketMillis);
    int position = Arrays.binarySearch(indexes, index);
    if (position < 0) {
      position = -position - 1;
      insert(position, index);
    }
    if (good) {
      goods[position]++;
    } else {
      bads[position]++;
    }
    dropFront(firstAfter(index - keep.toMillis() / bucketMillis));
  }

  /** Good and bad checks in the buckets overlapping the period that ends at {@code at}. */
  long[] over(Instant at, Duration period) {
    long last = Math.floorDiv(at.toEpochMilli(), bucketMillis);
    long first = last - Math.max(1, period.toMillis() / bucketMillis) + 1;
    long good = 0;
    long bad = 0;
    for (int i = firstAfter(first - 1); i < indexes.length && indexes[i] <= last; i++) {
      good += goods[i];
      bad += bads[i];
    }
    return new long[] {good, bad};
  }

  /** When the oldest bucket still kept began, or {@link HealthState#NONE} if none is. */
  long firstBucketStartMs() {
    return indexes.length == 0 ? HealthState.NONE : indexes[0] * bucketMillis;
  }

  long bucketMillis() {
    return bucketMillis;
  }

  void write(DataOutputStream out) throws IOException {
    ByteBuffer cells = ByteBuffer.allocate(storedBytes());
    cells.putInt(indexes.length);
    for (int i = 0; i < indexes.length; i++) {
      cells.putLong(indexes[i]).putInt(goods[i]).putInt(bads[i]);
    }
    out.write(cells.array());
  }

  void read(DataInputStream in) throws IOException {
    int size = in.readInt();
    byte[] bytes = new byte[size * CELL_BYTES];
    in.readFully(bytes);
    ByteBuffer cells = ByteBuffer.wrap(bytes);
    indexes = new long[size];
    goods = new int[size];
    bads = new int[size];
    for (int i = 0; i < size; i++) {
      indexes[i] = cells.getLong();
      goods[i] = cells.getInt();
      bads[i] = cells.getInt();
    }
  }

  /** How many bytes {@link #write} writes, so the whole entry's buffer is sized once. */
  int storedBytes() {
    return Integer.BYTES + indexes.length * CELL_BYTES;
  }

  /** Where the first bucket after {@code index} is, or the number of buckets if none is. */
  private int firstAfter(long index) {
    int position = Arrays.binarySearch(indexes, index);
    return position >= 0 ? position + 1 : -position - 1;
  }

  private void insert(int position, long index) {
    int size = indexes.length;
    long[] newIndexes = new long[size + 1];
    int[] newGoods = new int[size + 1];
    int[] newBads = new int[size + 1];
    System.arraycopy(indexes, 0, newIndexes, 0, position);
    System.arraycopy(goods, 0, newGoods, 0, position);
    System.arraycopy(bads, 0, newBads, 0, position);
    newIndexes[position] = index;
    System.arraycopy(indexes, position, newIndexes, position + 1, size - position);
    System.arraycopy(goods, position, newGoods, position + 1, size - position);
    System.arraycopy(bads, position, newBads, position + 1, size - position);
    indexes = newIndexes;
    goods = newGoods;
    bads = newBads;
  }

  private void dropFront(int count) {
    if (count > 0) {
      indexes = Arrays.copyOfRange(indexes, count, indexes.length);
      goods = Arrays.copyOfRange(goods, count, goods.length);
      bads = Arrays.copyOfRange(bads, count, bads.length);
    }
  }
}
