package vn.thidua.system;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * Keycloak from the Maven-resolved distribution (profile {@code keycloak} of this module unpacks
 * {@code org.keycloak:keycloak-quarkus-dist}), started as ./stack starts it: an optimized build for
 * PostgreSQL, then {@code kc.sh start} with the demo realm of deploy/keycloak imported.
 */
final class KeycloakServer {

    static final String REALM = "thidua";

    private final Path home;
    private final int port;
    private final String adminPassword = UUID.randomUUID().toString();
    private ServiceProcess process;

    KeycloakServer(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    /** The first Java 21+ among -Dkeycloak.java, KEYCLOAK_JAVA, JAVA21_HOME and /usr/lib/jvm (Keycloak needs 21). */
    static String java() throws IOException {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("keycloak.java")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("KEYCLOAK_JAVA")).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("JAVA21_HOME")).map(h -> Path.of(h, "bin", "java")).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home"), "bin", "java"));
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
                jdks.sorted(Comparator.reverseOrder()).map(jdk -> jdk.resolve("bin/java")).forEach(candidates::add);
            }
        }
        for (Path java : candidates) {
            if (Files.isExecutable(java) && major(java.getParent().getParent()) >= 21) {
                return java.toString();
            }
        }
        throw new IllegalStateException("Keycloak needs Java 21 or newer and none was found: install one under "
                + "/usr/lib/jvm (e.g. temurin-25-jdk or openjdk-21-jdk-headless) or pass -Dkeycloak.java=/path/bin/java");
    }

    private static int major(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        if (!Files.exists(release)) {
            return 0;
        }
        return Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                .map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0]).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).findFirst().orElse(0);
    }

    /** Builds (once per unpacked distribution) and starts; returns once the realm's discovery document answers. */
    KeycloakServer start(String jdbcUrl, String user, String password, Path logDir) throws Exception {
        String java = java();
        Map<String, String> env = Map.of("JAVA", java, "JAVA_HOME", Path.of(java).getParent().getParent().toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                // Java 24+: jboss-threads resets thread locals only with java.lang open (as ./stack passes it)
                "JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        Path built = home.resolve("built-for-postgres");
        if (!Files.exists(built)) {
            ServiceProcess build = new ServiceProcess("keycloak-build", List.of(home.resolve("bin/kc.sh").toString(),
                    "build", "--db=postgres"), env, logDir).start();
            if (build.waitFor(Duration.ofMinutes(10)) != 0) {
                throw new IllegalStateException("kc.sh build failed: see " + build.log());
            }
            Files.createFile(built);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(TramChimSliceIT.ROOT.resolve("deploy/keycloak/thidua-realm.json"), imports.resolve("thidua-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> runEnv = new HashMap<>(env);
        runEnv.putAll(Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "KC_DB_URL", jdbcUrl, "KC_DB_USERNAME", user, "KC_DB_PASSWORD", password));
        process = new ServiceProcess("keycloak", List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--import-realm", "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=" + url(), "--hostname-strict=false", "--cache=local"), runEnv, logDir).start();
        // The first start creates the schema and imports the realm: 10 minutes on a 2-core machine at load 60.
        process.awaitHttp(issuer(REALM) + "/.well-known/openid-configuration", Duration.ofMinutes(20));
        return this;
    }

    /** Keycloak's JVM first: kc.sh runs it as a child, and a SIGTERM to the shell alone leaves it running. */
    void stop() throws InterruptedException {
        if (process != null) {
            List<ProcessHandle> children = ProcessHandle.of(process.pid())
                    .map(shell -> shell.descendants().toList()).orElse(List.of());
            children.forEach(ProcessHandle::destroy);
            for (ProcessHandle child : children) {
                child.onExit().completeOnTimeout(child, 20, java.util.concurrent.TimeUnit.SECONDS).join();
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
            process.stop();
        }
    }

    long pid() {
        return process.pid();
    }

    /** A password grant at {@code client} (a public client with direct access grants). */
    String passwordToken(String realm, String client, String username) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", username).formParam("password", "demo")
                .post(issuer(realm) + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    /** A client credentials grant with the client's secret read from the admin API, as `./stack idp token --client`. */
    String clientToken(String client) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client).formParam("client_secret", clientSecret(client))
                .post(issuer(REALM) + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    String clientSecret(String client) {
        String id = admin().get(url() + "/admin/realms/" + REALM + "/clients?clientId=" + client).then().statusCode(200)
                .extract().path("[0].id");
        return admin().get(url() + "/admin/realms/" + REALM + "/clients/" + id + "/client-secret").then().statusCode(200)
                .extract().path("value");
    }

    io.restassured.specification.RequestSpecification admin() {
        String token = given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", "admin-cli").formParam("username", "admin").formParam("password", adminPassword)
                .post(url() + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** The protocol mappers of the demo client thidua-cli, without their ids (to copy them to another client). */
    List<Map<String, Object>> cliMappers() {
        List<Map<String, Object>> mappers = admin().get(url() + "/admin/realms/" + REALM + "/clients?clientId=thidua-cli")
                .then().statusCode(200).extract().path("[0].protocolMappers");
        mappers.forEach(m -> m.remove("id"));
        return mappers;
    }

    /** A public client with direct access grants in the thidua realm. */
    void createClient(String clientId, List<Map<String, Object>> mappers, Map<String, String> attributes) {
        admin().body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "protocolMappers", mappers, "attributes", attributes))
                .post(url() + "/admin/realms/" + REALM + "/clients").then().statusCode(201);
    }

    /** A second realm with the same users and clients as the demo one (its own issuer and keys). */
    void createRealmLike(String name) throws IOException {
        String json = Files.readString(TramChimSliceIT.ROOT.resolve("deploy/keycloak/thidua-realm.json"))
                .replaceFirst("\"realm\": \"thidua\"", "\"realm\": \"" + name + "\"");
        admin().body(json).post(url() + "/admin/realms").then().statusCode(201);
    }

    /**
     * The second half of a rotation: the realm's original signing key (provider {@code rsa-generated}, made at
     * import) deleted, so the realm's JWKS no longer lists it.
     */
    void removeOriginalRsaKey() {
        List<Map<String, Object>> providers = admin().get(url() + "/admin/realms/" + REALM
                + "/components?type=org.keycloak.keys.KeyProvider").then().statusCode(200).extract().path("$");
        Map<String, Object> original = providers.stream().filter(p -> "rsa-generated".equals(p.get("providerId"))
                && "rsa-generated".equals(p.get("name"))).findFirst().orElseThrow(() ->
                new IllegalStateException("no rsa-generated key provider in " + providers));
        admin().delete(url() + "/admin/realms/" + REALM + "/components/" + original.get("id")).then().statusCode(204);
    }

    /** The key ids the realm's JWKS lists (what the services load). */
    List<String> publishedKeyIds() {
        return given().get(issuer(REALM) + "/protocol/openid-connect/certs").then().statusCode(200)
                .extract().path("keys.kid");
    }

    /** Rotation as an operator does it: a new generated RSA key with a higher priority signs from now on. */
    void addRsaKey(int priority) {
        String realmId = admin().get(url() + "/admin/realms/" + REALM).then().statusCode(200).extract().path("id");
        admin().body(Map.of("name", "rsa-rotated-" + priority, "providerId", "rsa-generated",
                        "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                        "config", Map.of("priority", List.of(String.valueOf(priority)), "keySize", List.of("2048"),
                                "active", List.of("true"), "enabled", List.of("true"), "algorithm", List.of("RS256"))))
                .post(url() + "/admin/realms/" + REALM + "/components").then().statusCode(201);
    }
}
