package vn.thidua.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IdentitySchemeTest {

    private static final String KEYCLOAK = "http://127.0.0.1:8180/realms/thidua";

    @Test
    void aProviderWithAJwksEndpointIsDeclaredAsOpenIdConnectDiscovery() {
        assertEquals(Optional.of(KEYCLOAK + "/.well-known/openid-configuration"), IdentityScheme.discoveryUrl(
                Optional.of(KEYCLOAK), Optional.of(KEYCLOAK + "/protocol/openid-connect/certs")));
        assertEquals(Optional.of("https://id.example.vn/.well-known/openid-configuration"), IdentityScheme.discoveryUrl(
                Optional.of("https://id.example.vn/"), Optional.of("https://id.example.vn/keys")));
    }

    @Test
    void theStackAndTestSignersWithALocalKeyStayBearer() {
        assertEquals(Optional.empty(), IdentityScheme.discoveryUrl(Optional.of("https://thidua.vn/stack"),
                Optional.of("file:.stack/keys/public.pem")));
        assertEquals(Optional.empty(), IdentityScheme.discoveryUrl(Optional.of("https://thidua.vn/test"),
                Optional.of("/tmp/thidua-test-keys/public.pem")));
        assertEquals(Optional.empty(), IdentityScheme.discoveryUrl(Optional.empty(), Optional.of(KEYCLOAK)));
        assertEquals(Optional.empty(), IdentityScheme.discoveryUrl(Optional.of("thidua"), Optional.of(KEYCLOAK)));
    }

    @Test
    void theSchemeKeepsItsNameSoEveryOperationsRequirementStillPointsAtIt() {
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents().addSecurityScheme(
                ContractFilter.SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
        IdentityScheme.apply(openAPI, KEYCLOAK + IdentityScheme.DISCOVERY);
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get(ContractFilter.SCHEME);
        assertEquals(SecurityScheme.Type.OPENIDCONNECT, scheme.getType());
        assertEquals(KEYCLOAK + "/.well-known/openid-configuration", scheme.getOpenIdConnectUrl());
        assertNull(scheme.getScheme());
        assertEquals(1, openAPI.getComponents().getSecuritySchemes().size());
    }
}
