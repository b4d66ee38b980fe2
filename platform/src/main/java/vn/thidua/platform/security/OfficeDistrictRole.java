package vn.thidua.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code district} role counts only for an office or above (province, Sở, office, commune): a
 * provider's mistake giving it to a school account must not let that school revoke its own
 * decisions. The role is dropped from the identity, so {@code @RolesAllowed} and {@link Caller} agree.
 */
@ApplicationScoped
public class OfficeDistrictRole implements SecurityIdentityAugmentor {

    private static final Set<String> OFFICE_LEVELS = Set.of("PROVINCE", "DEPARTMENT", "OFFICE", "COMMUNE");

    private final UnitTree tree;

    public OfficeDistrictRole(UnitTree tree) {
        this.tree = tree;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.DISTRICT)
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = token.getClaim(Caller.UNIT_CLAIM);
        String unit = claim == null ? null : claim.toString().replace("\"", "");
        // The unit tree is read over JDBC: off the event loop.
        return context.runBlocking(() -> officeLevel(unit) ? identity : withoutDistrict(identity));
    }

    private boolean officeLevel(String unit) {
        return unit != null && tree.unit(unit).map(node -> OFFICE_LEVELS.contains(node.level())).orElse(false);
    }

    private static SecurityIdentity withoutDistrict(SecurityIdentity identity) {
        Set<String> roles = identity.getRoles().stream().filter(role -> !Roles.DISTRICT.equals(role))
                .collect(Collectors.toSet());
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .build();
    }
}
