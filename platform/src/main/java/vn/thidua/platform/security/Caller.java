package vn.thidua.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.thidua.platform.problem.ProblemException;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Who is calling: the token's user, roles and {@code unit} claim (a unit code). */
@RequestScoped
public class Caller {

    public static final String UNIT_CLAIM = "unit";
    /** A person's own staff id in evaluation-service (`./stack token --staff ID`). */
    public static final String STAFF_CLAIM = "staff";

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public Caller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String unitCode() {
        Object unit = token.getClaim(UNIT_CLAIM);
        String code = unit == null ? null : unit.toString().replace("\"", "");
        if (code == null || code.isBlank()) {
            throw ProblemException.forbidden("Token không có đơn vị (the token has no 'unit' claim)");
        }
        return code;
    }

    public String name() {
        return token.getName();
    }

    /** Who acts, for histories, audit trails and events: the token's user, else its unit. */
    public String actor() {
        String name = name();
        return name != null && !name.isBlank() ? name : "unknown@" + unitCode();
    }

    /** Whether the caller holds {@code role} in {@code unitCode} itself (not a unit above it). */
    public boolean actsAs(String role, String unitCode) {
        return hasRole(role) && unitCode.equals(unitCode());
    }

    /** The staff id of the token's {@code staff} claim, when it has a readable one. */
    public Optional<UUID> staffId() {
        Object claim = token.getClaim(STAFF_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "").strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The identity's roles: the token's groups, less {@code district} below an office ({@link OfficeDistrictRole}). */
    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
