package vn.thidua.platform.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndForItsSubscription() {
        SecretCipher cipher = SecretCipher.of(Optional.of(KEY));
        UUID id = UUID.randomUUID();
        String secret = Signatures.newSecret();
        String sealed = cipher.seal(id, secret);

        assertTrue(sealed.startsWith(SecretCipher.FORMAT), sealed);
        assertFalse(sealed.contains(secret.substring(Signatures.PREFIX.length())), "not the secret in another dress");
        assertNotEquals(sealed, cipher.seal(id, secret), "a new nonce each time");
        assertEquals(secret, cipher.open(id, sealed));
        assertThrows(IllegalStateException.class, () -> cipher.open(UUID.randomUUID(), sealed), "another row's");
        assertThrows(IllegalStateException.class, () -> SecretCipher.of(Optional.of(OTHER_KEY)).open(id, sealed));
    }

    @Test
    void aSecretFromBeforeEncryptionIsReadAsItIs() {
        String clear = Signatures.newSecret();
        assertTrue(SecretCipher.isClear(clear));
        assertEquals(clear, SecretCipher.of(Optional.of(KEY)).open(UUID.randomUUID(), clear));
    }

    @Test
    void theKeyComesFromTheValueOrAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("webhook-secret.key"), KEY + "\n");
        UUID id = UUID.randomUUID();
        String sealed = SecretCipher.of(Optional.of(KEY)).seal(id, "whsec_AAAA");
        assertEquals("whsec_AAAA", SecretCipher.of(Optional.of("file:" + file)).open(id, sealed));
    }

    @Test
    void noKeyOrABadOneStopsTheStart() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> SecretCipher.of(Optional.empty()));
        assertTrue(missing.getMessage().contains("thidua.webhooks.secret-key"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> SecretCipher.of(Optional.of("  ")));
        assertThrows(IllegalStateException.class, () -> SecretCipher.of(Optional.of("not base64!")));
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> SecretCipher.of(Optional.of(Base64.getEncoder().encodeToString(new byte[16]))));
        assertTrue(shortKey.getMessage().contains("32 bytes"), shortKey.getMessage());
        assertThrows(IllegalStateException.class, () -> SecretCipher.of(Optional.of("file:/nonexistent/key")));
    }
}
