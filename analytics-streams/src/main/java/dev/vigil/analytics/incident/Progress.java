package dev.vigil.analytics.incident;

/**
 * How far one task has read its probe results, in probe time, and the wall-clock moment it got there. Silence is
 * judged against it rather than against the wall clock: after analytics or Kafka was away, the results that piled up
 * are a backlog to read, not silence, and a monitor is silent only when the results of its partition moved on
 * without it. The wall clock only extends the newest result while nothing new arrives, so a partition whose probes
 * all stopped still goes silent; it starts from the task's (re)start, never from a wall time restored from the store.
 */
final class Progress {

  private long eventMs;
  private long wallMs;

  /** Resumes from the newest result the restored store holds, if any. */
  Progress(long restoredEventMs, long wallNowMs) {
    this.eventMs = restoredEventMs;
    this.wallMs = wallNowMs;
  }

  void advance(long resultStartedMs, long wallNowMs) {
    if (eventMs == HealthState.NONE || resultStartedMs > eventMs) {
      eventMs = resultStartedMs;
      wallMs = wallNowMs;
    }
  }

  /**
   * The probe time the task stands at now: its newest result, plus the wall time that passed without a newer one.
   * A task that never saw a result can only have monitors that never started, which are judged by the wall clock
   * against their definition plus a grace period.
   */
  long now(long wallNowMs) {
    if (eventMs == HealthState.NONE) {
      return wallNowMs;
    }
    return eventMs + Math.max(0, wallNowMs - wallMs);
  }
}
