package vn.thidua.platform.problem;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Set;

/**
 * The 401 with a body: Quarkus sends the bearer challenge of smallrye-jwt with an empty body, whether the
 * token is missing, expired or forged. This mechanism wraps the JWT one (its priority is above it, so it
 * runs first): the JWT mechanism authenticates, and the challenge keeps the JWT mechanism's own status and
 * {@code WWW-Authenticate} header and gains a problem body.
 */
@ApplicationScoped
@Unremovable // looked up programmatically by Quarkus's HttpAuthenticator, never injected
public class ProblemChallenge implements HttpAuthenticationMechanism {

    private static final String SELECTED = HttpAuthenticationMechanism.class.getName();

    private final Instance<JWTAuthMechanism> jwt;
    private final HttpLayer http;

    ProblemChallenge(Instance<JWTAuthMechanism> jwt, HttpLayer http) {
        this.jwt = jwt;
        this.http = http;
    }

    /**
     * The JWT mechanism's authentication; a mechanism that saw credentials marks itself in the context as the
     * one to send the challenge if they fail, and that must be this one, so the failure gets a body.
     */
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!jwt.isResolvable()) {
            return Uni.createFrom().nullItem();
        }
        Uni<SecurityIdentity> identity = jwt.get().authenticate(context, identities);
        if (context.get(SELECTED) != null) {
            context.put(SELECTED, this);
        }
        return identity;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.isResolvable() ? jwt.get().getChallenge(context)
                : Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return jwt.isResolvable() ? jwt.get().getCredentialTypes() : Set.of();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            int status = challenge == null ? 401 : challenge.status;
            if (challenge != null) {
                challenge.getHeaders().forEach((name, value) -> context.response().headers().set(name, value));
            }
            http.send(context, HttpProblems.of(status).toProblem(context.request().path()));
            return true;
        });
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
