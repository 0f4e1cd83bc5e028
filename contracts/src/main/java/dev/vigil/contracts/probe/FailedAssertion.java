package dev.vigil.contracts.probe;

import dev.vigil.contracts.Require;
import dev.vigil.contracts.monitor.JsonAssertion;
import org.jspecify.annotations.Nullable;

/** A JSON assertion that did not hold, with the value found ({@code actual} is absent if the path matched nothing). */
public record FailedAssertion(JsonAssertion assertion, @Nullable String actual) {

  public FailedAssertion {
    Require.present(assertion, "assertion");
  }
}
