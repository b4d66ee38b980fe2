package vn.thidua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * RS256-signed JWTs for tests. The key pair is made once into {@code thidua.test.jwt.dir}
 * (default {@code ${java.io.tmpdir}/thidua-test-jwt}) and reused by every JVM that finds it.
 */
public final class TestTokens {

    public static final String ISSUER = "https://thidua.vn/test";

    private static final String PRIVATE_KEY_FILE = "private.pem";
    private static final String PUBLIC_KEY_FILE = "public.pem";
    private static final Duration LIFESPAN = Duration.ofHours(1);

    private static PrivateKey privateKey;

    private TestTokens() {
    }

    /** For mp.jwt.verify.publickey.location, e.g. "file:/tmp/thidua-test-jwt/public.pem". */
    public static String publicKeyLocation() {
        ensureKeys();
        return "file:" + keyDirectory().resolve(PUBLIC_KEY_FILE);
    }

    /** A token of "user@UNIT" with one role. */
    public static String token(String role, String unitCode) {
        return token("user@" + unitCode, Set.of(role), unitCode);
    }

    public static String token(String upn, Set<String> roles, String unitCode) {
        return Jwt.upn(upn)
                .groups(roles)
                .claim("unit", unitCode)
                .issuer(ISSUER)
                .expiresIn(LIFESPAN)
                .sign(ensureKeys());
    }

    /** A person's token that also carries the {@code staff} claim: their staff id in evaluation-service. */
    public static String token(String upn, Set<String> roles, String unitCode, String staffId) {
        return Jwt.upn(upn)
                .groups(roles)
                .claim("unit", unitCode)
                .claim("staff", staffId)
                .issuer(ISSUER)
                .expiresIn(LIFESPAN)
                .sign(ensureKeys());
    }

    static Path keyDirectory() {
        String configured = System.getProperty("thidua.test.jwt.dir");
        return (configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "thidua-test-jwt"))
                .toAbsolutePath();
    }

    private static PrivateKey ensureKeys() {
        // The JVM-wide lock, as two class loaders locking the same file would clash
        synchronized (JvmShared.LOCK) {
            if (privateKey == null) {
                privateKey = loadOrCreateKeys(keyDirectory());
            }
            return privateKey;
        }
    }

    /** A file lock keeps parallel JVMs from writing mismatched halves of two key pairs. */
    private static PrivateKey loadOrCreateKeys(Path dir) {
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Path privatePem = dir.resolve(PRIVATE_KEY_FILE);
                if (!Files.exists(privatePem) || !Files.exists(dir.resolve(PUBLIC_KEY_FILE))) {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    KeyPair pair = generator.generateKeyPair();
                    writeAtomically(dir, PUBLIC_KEY_FILE, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                    writeAtomically(dir, PRIVATE_KEY_FILE, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                }
                return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decodePem(privatePem)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare test JWT keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not prepare test JWT keys in " + dir, e);
        }
    }

    /** The DER bytes of a PEM file (PKCS#8 private key or X.509 SubjectPublicKeyInfo). */
    static byte[] decodePem(Path pem) throws IOException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** Readers that skip the lock never see a half-written file. */
    private static void writeAtomically(Path dir, String name, String content) throws IOException {
        Path temp = Files.createTempFile(dir, name, ".tmp");
        Files.writeString(temp, content);
        Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
