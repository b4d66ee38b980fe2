package vn.thidua.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.Set;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    @Test
    void tokenVerifiesWithThePublishedPublicKey() throws Exception {
        JwtClaims claims = consumer(publicKey()).processToClaims(TestTokens.token("SCHOOL_ADMIN", "TH001"));

        assertEquals(TestTokens.ISSUER, claims.getIssuer());
        assertEquals("user@TH001", claims.getClaimValueAsString("upn"));
        assertEquals(List.of("SCHOOL_ADMIN"), claims.getStringListClaimValue("groups"));
        assertEquals("TH001", claims.getClaimValueAsString("unit"));
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertEquals(3600, lifetime);
    }

    @Test
    void tokenCarriesSeveralRoles() throws Exception {
        String token = TestTokens.token("an@PGD01", Set.of("OFFICE_STAFF", "REVIEWER"), "PGD01");

        JwtClaims claims = consumer(publicKey()).processToClaims(token);

        assertEquals(Set.of("OFFICE_STAFF", "REVIEWER"), Set.copyOf(claims.getStringListClaimValue("groups")));
    }

    @Test
    void tamperedTokenIsRejected() throws Exception {
        String[] parts = TestTokens.token("SCHOOL_ADMIN", "TH001").split("\\.");
        String tampered = parts[0] + "." + TestTokens.token("SCHOOL_ADMIN", "TH002").split("\\.")[1] + "." + parts[2];

        assertThrows(InvalidJwtException.class, () -> consumer(publicKey()).processToClaims(tampered));
    }

    private static PublicKey publicKey() throws Exception {
        String location = TestTokens.publicKeyLocation();
        assertTrue(location.startsWith("file:/"), location);
        byte[] der = TestTokens.decodePem(Path.of(location.substring("file:".length())));
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    private static JwtConsumer consumer(PublicKey key) {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer(TestTokens.ISSUER)
                .setRequireExpirationTime()
                .build();
    }
}
