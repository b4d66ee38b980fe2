package vn.thidua.platform.webhook;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The subscriptions' signing secrets at rest: AES-256-GCM under the key {@code thidua.webhooks.secret-key}, stored
 * as {@value #FORMAT} + base64(nonce ‖ ciphertext ‖ tag), with the subscription's id as associated data so a
 * sealed secret copied onto another row does not open. A database dump alone then signs nothing.
 */
public final class SecretCipher {

    /** The stored form's prefix; a value without it is a secret from before V0_7, still in clear. */
    static final String FORMAT = "aes-gcm-v1:";
    static final String KEY_PROPERTY = "thidua.webhooks.secret-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The cipher of the configured key: 32 bytes in base64, given as such or in a file ({@code file:/path}, as
     * {@code ./stack} and compose pass it).
     *
     * @throws IllegalStateException when there is none or it is not 32 bytes: the service does not start
     */
    public static SecretCipher of(Optional<String> configured) {
        String value = configured.map(String::strip).filter(v -> !v.isEmpty()).orElseThrow(() ->
                new IllegalStateException(KEY_PROPERTY + " (THIDUA_WEBHOOK_SECRET_KEY) is not set: webhook secrets "
                        + "are stored encrypted with it. Give 32 random bytes in base64 (openssl rand -base64 32), or "
                        + "file:/path to a file holding them; ./stack creates .stack/keys/webhook-secret.key"));
        if (value.startsWith("file:")) {
            try {
                value = Files.readString(Path.of(value.substring("file:".length()))).strip();
            } catch (IOException e) {
                throw new IllegalStateException(KEY_PROPERTY + ": cannot read " + value + ": " + e.getMessage(), e);
            }
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_PROPERTY + " is not base64: " + e.getMessage(), e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(KEY_PROPERTY + " must be 32 bytes (AES-256), not " + key.length);
        }
        return new SecretCipher(key);
    }

    /** Whether {@code stored} is still the clear secret of a subscription made before encryption. */
    static boolean isClear(String stored) {
        return !stored.startsWith(FORMAT);
    }

    public String seal(UUID subscriptionId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, subscriptionId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JVM", e);
        }
    }

    /**
     * The secret, from its stored form; a clear one (before V0_7, until the start-up pass seals it) as it is.
     *
     * @throws IllegalStateException when it was sealed under another key or for another subscription
     */
    public String open(UUID subscriptionId, String stored) {
        if (isClear(stored)) {
            return stored;
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, subscriptionId);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret of subscription " + subscriptionId + " does not open with "
                    + KEY_PROPERTY + " (another key, or not this subscription's)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, UUID subscriptionId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subscriptionId.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
