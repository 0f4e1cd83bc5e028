package dev.vigil.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A policy validates its allow-list up front, so a bad configuration fails at startup and names the bad entry. */
class EgressPolicyTest {

    @Test
    void strictPolicyIsEnabledAndOpensNothing() {
        assertThat(EgressPolicy.strict()).isEqualTo(new EgressPolicy(true, List.of()));
    }

    @Test
    void allowingOpensTheGivenRanges() {
        assertThat(EgressPolicy.allowing("127.0.0.0/8", "::1"))
                .isEqualTo(new EgressPolicy(true, List.of("127.0.0.0/8", "::1")));
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"not-a-cidr", "10.0.0.0/33", "::/129", "10.0.0.1/8", "fe80::1/10", "10.0.0.0/",
            "10.0.0.0/-1", "10.0.0.0/8/8", "0x7f.1/8", "127.1/8", "010.0.0.0/8", "fe80::1%1/128", "[::1]/128",
            "::ffff:127.0.0.0/104", "localhost", ""})
    void rejectsABadCidrNamingIt(String cidr) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EgressPolicy.allowing("127.0.0.0/8", cidr))
                .withMessageContaining("'" + cidr + "'");
    }

    @Test
    void treatsAMissingAllowListAsEmpty() {
        assertThat(new EgressPolicy(true, null).allowedCidrs()).isEmpty();
    }

    @Test
    void copiesTheAllowListSoLaterChangesCannotOpenMore() {
        List<String> cidrs = new ArrayList<>(List.of("127.0.0.0/8"));
        EgressPolicy policy = new EgressPolicy(true, cidrs);

        cidrs.add("10.0.0.0/8");

        assertThat(policy.allowedCidrs()).containsExactly("127.0.0.0/8");
    }
}
