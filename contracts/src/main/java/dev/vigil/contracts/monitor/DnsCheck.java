package dev.vigil.contracts.monitor;

import dev.vigil.contracts.Require;
import org.jspecify.annotations.Nullable;

/** What a dns check resolves; without an expected value any answer counts as up. */
public record DnsCheck(DnsRecordType recordType, @Nullable String expectedValue) {

  public DnsCheck {
    Require.present(recordType, "recordType");
  }
}
