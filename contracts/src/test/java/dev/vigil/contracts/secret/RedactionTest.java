package dev.vigil.contracts.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void aLoggedUrlKeepsSchemeHostPortAndPathButNotUserinfoQueryOrFragment() {
    assertThat(Redaction.url("https://alice:pa55@api.example.test:8443/v1/health?api_key=k3y&x=1#top"))
        .isEqualTo("https://api.example.test:8443/v1/health");
  }

  @Test
  void aUrlWithoutSecretsIsUnchanged() {
    assertThat(Redaction.url("http://api.example.test/health")).isEqualTo("http://api.example.test/health");
  }

  @Test
  void textNoParserAcceptsIsStillCutAtTheQueryAndUserinfo() {
    assertThat(Redaction.url("https://bob:se cret@api.example.test/a b?token=t0k"))
        .isEqualTo("https://api.example.test/a b");
  }

  @Test
  void aChatWebhookUrlIsShownWithItsHostAndFirstSegmentOnly() {
    assertThat(Redaction.maskedPath("https://hooks.slack.com/services/T000/B000/XXXXXXXX?x=1"))
        .isEqualTo("https://hooks.slack.com/services/********");
  }

  @Test
  void aChatWebhookUrlWithoutPathIsMaskedAfterItsHost() {
    assertThat(Redaction.maskedPath("https://hooks.example.test")).isEqualTo("https://hooks.example.test/********");
  }
}
