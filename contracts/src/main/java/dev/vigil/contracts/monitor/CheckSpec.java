package dev.vigil.contracts.monitor;

import dev.vigil.contracts.MissingFieldException;
import dev.vigil.contracts.Require;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a prober needs to run one check, carried by both monitor snapshots and probe requests so that probers
 * keep no state; {@code target} is a URL for http and keyword checks, {@code host:port} for tcp and tls checks and a
 * domain name for dns checks.
 */
public record CheckSpec(
    CheckKind kind,
    String target,
    int timeoutMs,
    @Nullable HttpCheck http,
    @Nullable KeywordRule keyword,
    List<JsonAssertion> jsonAssertions,
    @Nullable DnsCheck dns,
    @Nullable TlsCheck tls) {

  public CheckSpec {
    Require.present(kind, "kind");
    Require.text(target, "target");
    if (kind.sendsHttpRequest()) {
      Require.httpUrl(target, "target");
    }
    Require.atLeast(timeoutMs, 1, "timeoutMs");
    jsonAssertions = Require.listOrEmpty(jsonAssertions);
    requiredExactlyFor(kind.sendsHttpRequest(), http, "http", kind);
    requiredExactlyFor(kind == CheckKind.KEYWORD, keyword, "keyword", kind);
    requiredExactlyFor(kind == CheckKind.DNS, dns, "dns", kind);
    onlyFor(kind.sendsHttpRequest() || jsonAssertions.isEmpty(), "jsonAssertions", kind);
    onlyFor(kind.handshakesTls() || tls == null, "tls", kind);
  }

  private static void requiredExactlyFor(boolean applies, @Nullable Object part, String field, CheckKind kind) {
    if (applies && part == null) {
      throw new MissingFieldException(field);
    }
    onlyFor(applies || part == null, field, kind);
  }

  private static void onlyFor(boolean allowed, String field, CheckKind kind) {
    Require.that(allowed, "'" + field + "' does not apply to " + kind.wireName() + " checks");
  }
}
