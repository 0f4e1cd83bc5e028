package dev.vigil.contracts.monitor;

import dev.vigil.contracts.Require;

/** The text a keyword check looks for in the response body. */
public record KeywordRule(String keyword, KeywordMode mode, boolean caseSensitive) {

  public KeywordRule {
    Require.text(keyword, "keyword");
    Require.present(mode, "mode");
  }
}
