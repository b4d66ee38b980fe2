package vn.thidua.platform.security;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.thidua.platform.problem.ProblemException;

import java.util.Set;

/** Who is calling: the token's user, roles and {@code unit} claim (a unit code). */
@RequestScoped
public class Caller {

    public static final String UNIT_CLAIM = "unit";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
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

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }
}
