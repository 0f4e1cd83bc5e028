package dev.vigil.analytics.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BucketsTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final Duration KEEP = Duration.ofHours(6);

  private final Buckets minutes = new Buckets(Duration.ofMinutes(1));

  @Test
  void checksOfOnePeriodAreSummedGoodAndBad() {
    minutes.record(T0, true, KEEP);
    minutes.record(T0.plusSeconds(60), false, KEEP);
    minutes.record(T0.plusSeconds(90), true, KEEP);

    assertThat(minutes.over(T0.plusSeconds(90), Duration.ofMinutes(5))).containsExactly(2, 1);
  }

  @Test
  void bucketsBeforeThePeriodAskedForAreNotCounted() {
    minutes.record(T0, false, KEEP);
    minutes.record(T0.plusSeconds(600), true, KEEP);

    assertThat(minutes.over(T0.plusSeconds(600), Duration.ofMinutes(5))).containsExactly(1, 0);
  }

  @Test
  void aLateCheckIsCountedInItsOwnEarlierBucket() {
    minutes.record(T0, true, KEEP);
    minutes.record(T0.plusSeconds(180), true, KEEP);
    minutes.record(T0.plusSeconds(60), false, KEEP);

    assertThat(minutes.over(T0.plusSeconds(60), Duration.ofMinutes(1))).containsExactly(0, 1);
    assertThat(minutes.over(T0.plusSeconds(180), Duration.ofMinutes(4))).containsExactly(2, 1);
  }

  @Test
  void bucketsOlderThanTheKeptPeriodAreDropped() {
    minutes.record(T0, false, KEEP);
    minutes.record(T0.plus(KEEP), true, KEEP);

    assertThat(minutes.firstBucketStartMs()).isEqualTo(T0.plus(KEEP).toEpochMilli());
    assertThat(minutes.over(T0.plus(KEEP), KEEP.plusHours(1))).containsExactly(1, 0);
  }

  @Test
  void noBucketMeansNoFirstBucket() {
    assertThat(minutes.firstBucketStartMs()).isEqualTo(HealthState.NONE);
  }

  /** Format 1 of the health store: a count, then index (8 bytes), good and bad (4 each) per bucket, oldest first. */
  @Test
  void bucketsAreWrittenOldestFirstInTheStoredLayout() throws IOException {
    minutes.record(T0.plusSeconds(60), false, KEEP);
    minutes.record(T0, true, KEEP);
    minutes.record(T0, true, KEEP);
    var bytes = new ByteArrayOutputStream();
    minutes.write(new DataOutputStream(bytes));

    assertThat(HexFormat.of().formatHex(bytes.toByteArray())).isEqualTo(String.join("",
        "00000002",
        "0000000001c8c6d8", "00000002", "00000000",
        "0000000001c8c6d9", "00000000", "00000001"));
  }

  @Test
  void writtenBucketsReadBackWithTheirCounts() throws IOException {
    minutes.record(T0, true, KEEP);
    minutes.record(T0, false, KEEP);
    minutes.record(T0.plusSeconds(60), true, KEEP);
    var bytes = new ByteArrayOutputStream();
    minutes.write(new DataOutputStream(bytes));

    var read = new Buckets(Duration.ofMinutes(1));
    read.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    assertThat(bytes.size()).isEqualTo(minutes.storedBytes());
    assertThat(read.over(T0.plusSeconds(60), Duration.ofMinutes(2))).containsExactly(2, 1);
    assertThat(read.firstBucketStartMs()).isEqualTo(T0.toEpochMilli());
  }
}
