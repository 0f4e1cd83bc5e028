package dev.vigil.contracts.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.contracts.MissingFieldException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckSpecTest {

  private static final HttpCheck GET = new HttpCheck(HttpMethod.GET, Map.of(), null, List.of(), true,
      HttpCheck.DEFAULT_MAX_BODY_BYTES);

  @Test
  void keywordCheckWithoutKeywordRuleIsMissingAField() {
    assertThatThrownBy(() -> new CheckSpec(CheckKind.KEYWORD, "https://example.com", 1_000, GET, null, List.of(),
        null, null))
        .isInstanceOf(MissingFieldException.class)
        .hasMessage("missing required field 'keyword'");
  }

  @Test
  void httpSettingsOnADnsCheckAreRejected() {
    assertThatThrownBy(() -> new CheckSpec(CheckKind.DNS, "example.com", 1_000, GET, null, List.of(),
        new DnsCheck(DnsRecordType.A, null), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'http' does not apply to dns checks");
  }

  @Test
  void jsonAssertionsOnATcpCheckAreRejected() {
    List<JsonAssertion> assertions = List.of(new JsonAssertion("$.ok", AssertionOperator.EXISTS, null));

    assertThatThrownBy(() -> new CheckSpec(CheckKind.TCP, "db.example.com:5432", 1_000, null, null, assertions,
        null, null))
        .hasMessage("'jsonAssertions' does not apply to tcp checks");
  }

  @Test
  void httpCheckTargetMustBeAnAbsoluteUrl() {
    assertThatThrownBy(() -> new CheckSpec(CheckKind.HTTP, "example.com/health", 1_000, GET, null, List.of(), null,
        null))
        .hasMessage("'target' must be an absolute http or https URL, was 'example.com/health'");
  }

  @Test
  void aRefusedTargetIsNamedWithoutItsUserinfoOrQuery() {
    assertThatThrownBy(() -> new CheckSpec(CheckKind.HTTP, "gopher://alice:pa55@example.com/x?api_key=k3y", 1000,
        new HttpCheck(HttpMethod.GET, Map.of(), null, List.of(), true, 1024), null, List.of(), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gopher://example.com/x")
        .hasMessageNotContaining("pa55")
        .hasMessageNotContaining("k3y");
  }

  @Test
  void numericComparisonNeedsANumber() {
    assertThatThrownBy(() -> new JsonAssertion("$.depth", AssertionOperator.LESS_THAN, "many"))
        .hasMessage("'value' must be a number to compare with, was 'many'");
  }

  @Test
  void emptyExpectedStatusCodesMeanTwoHundredToThreeNinetyNine() {
    assertThat(GET.expectedStatusCodes()).isEqualTo(HttpCheck.DEFAULT_EXPECTED_STATUS_CODES);
    assertThat(GET.expects(302)).isTrue();
    assertThat(GET.expects(404)).isFalse();
  }
}
