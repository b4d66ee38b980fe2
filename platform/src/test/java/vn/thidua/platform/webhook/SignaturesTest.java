package vn.thidua.platform.webhook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignaturesTest {

    /** The test vector of the Standard Webhooks reference libraries. */
    @Test
    void signsAsStandardWebhooks() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                Signatures.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                        "{\"test\": 2432232314}"));
    }

    /** During a rotation's overlap: one signature per secret, space-separated, each verifiable on its own. */
    @Test
    void severalSecretsGiveSpaceSeparatedSignaturesInOrder() {
        String current = Signatures.newSecret();
        String previous = Signatures.newSecret();
        String header = Signatures.sign(java.util.List.of(current, previous), "id", 7, "{}");
        assertEquals(Signatures.sign(current, "id", 7, "{}") + " " + Signatures.sign(previous, "id", 7, "{}"), header);
        assertEquals(Signatures.sign(current, "id", 7, "{}"), Signatures.sign(java.util.List.of(current), "id", 7, "{}"));
    }

    @Test
    void secretsAreRandomAndPrefixed() {
        String one = Signatures.newSecret();
        assertTrue(one.startsWith("whsec_"), one);
        assertNotEquals(one, Signatures.newSecret());
        assertNotEquals(Signatures.sign(one, "id", 1, "{}"), Signatures.sign(one, "id", 2, "{}"));
    }
}
