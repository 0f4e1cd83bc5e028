package dev.vigil.contracts.monitor;

import dev.vigil.contracts.Require;

/** An inclusive range of HTTP status codes an HTTP check accepts; a single code is a range with {@code from == to}. */
public record StatusCodeRange(int from, int to) {

  private static final int LOWEST = 100;
  private static final int HIGHEST = 599;

  public StatusCodeRange {
    Require.between(from, LOWEST, HIGHEST, "from");
    Require.between(to, from, HIGHEST, "to");
  }

  public boolean contains(int statusCode) {
    return statusCode >= from && statusCode <= to;
  }
}
