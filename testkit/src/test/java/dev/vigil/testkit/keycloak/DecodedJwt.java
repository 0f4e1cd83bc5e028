package dev.vigil.testkit.keycloak;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A compact JWS taken apart: enough to assert on its claims and to check its RS256 signature with the JDK alone. */
record DecodedJwt(JsonNode header, JsonNode claims, byte[] signingInput, byte[] signature) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    static DecodedJwt parse(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a compact JWS: " + parts.length + " parts");
        }
        return new DecodedJwt(
                JSON.readTree(BASE64URL.decode(parts[0])),
                JSON.readTree(BASE64URL.decode(parts[1])),
                (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                BASE64URL.decode(parts[2]));
    }

    String claim(String name) {
        return claims.path(name).asString();
    }

    /** {@code aud} may be one string or an array of them. */
    List<String> audiences() {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? aud.values().stream().map(JsonNode::asString).toList() : List.of(aud.asString());
    }

    List<String> realmRoles() {
        return claims.path("realm_access").path("roles").values().stream().map(JsonNode::asString).toList();
    }

    /** Whether the key of the JWK set that the header's {@code kid} names made the RS256 signature. */
    boolean signedByKeyIn(JsonNode jwks) throws GeneralSecurityException {
        String kid = header.path("kid").asString();
        for (JsonNode key : jwks.path("keys").values()) {
            if (kid.equals(key.path("kid").asString()) && "RSA".equals(key.path("kty").asString())) {
                Signature rs256 = Signature.getInstance("SHA256withRSA");
                rs256.initVerify(rsaPublicKey(key));
                rs256.update(signingInput);
                return rs256.verify(signature);
            }
        }
        return false;
    }

    private static PublicKey rsaPublicKey(JsonNode jwk) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, BASE64URL.decode(jwk.path("n").asString())),
                new BigInteger(1, BASE64URL.decode(jwk.path("e").asString()))));
    }
}
