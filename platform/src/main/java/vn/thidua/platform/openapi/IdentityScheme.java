package vn.thidua.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The live document's scheme {@value ContractFilter#SCHEME} as the running service is configured: OpenID Connect
 * (discovery at the issuer's {@code /.well-known/openid-configuration}) when the tokens come from an identity
 * provider, else the build's bearer JWT. A run-time filter because the issuer is run-time configuration
 * ({@code THIDUA_JWT_ISSUER}); the document stored at build time keeps the bearer scheme. Per request, not at start-up:
 * with a start-up filter Quarkus parses the built document and writes it again as JSON and YAML before the service is
 * ready (13 % of award-service's start, issue 15), for a document read only by Swagger UI and client generators;
 * per request it serializes it when asked (the filter itself is a map lookup and idempotent).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class IdentityScheme implements OASFilter {

    static final String DISCOVERY = "/.well-known/openid-configuration";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        discoveryUrl(config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class))
                .ifPresent(url -> apply(openAPI, url));
    }

    /**
     * The provider's discovery document, when there is a provider: an http(s) issuer whose keys are fetched from
     * an http(s) JWKS endpoint. The stack's and the tests' own signers also name an https issuer but verify with a
     * local PEM key, and have no discovery document to point at.
     */
    static Optional<String> discoveryUrl(Optional<String> issuer, Optional<String> keys) {
        if (issuer.isEmpty() || keys.isEmpty() || !web(issuer.get()) || !web(keys.get())) {
            return Optional.empty();
        }
        String base = issuer.get().strip();
        return Optional.of((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + DISCOVERY);
    }

    static void apply(OpenAPI openAPI, String discoveryUrl) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var schemes = openAPI.getComponents().getSecuritySchemes() == null ? new LinkedHashMap<String, SecurityScheme>()
                : new LinkedHashMap<>(openAPI.getComponents().getSecuritySchemes());
        schemes.put(ContractFilter.SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT).openIdConnectUrl(discoveryUrl)
                .description("Token của nhà cung cấp định danh (OpenID Connect), mang `groups` (vai trò) và `unit` "
                        + "(a token from the identity provider, with `groups` and a `unit` claim; send it as "
                        + "Authorization: Bearer)"));
        openAPI.getComponents().setSecuritySchemes(schemes);
    }

    private static boolean web(String location) {
        String value = location.strip().toLowerCase(java.util.Locale.ROOT);
        return value.startsWith("https://") || value.startsWith("http://");
    }
}
