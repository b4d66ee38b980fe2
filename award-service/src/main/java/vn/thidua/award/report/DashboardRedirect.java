package vn.thidua.award.report;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /dashboard} → {@code /dashboard/}: the page (META-INF/resources/dashboard/index.html) is
 * served for the directory path only, and its relative links need the slash. No token: the page
 * sends the one it is given with each API call.
 */
@ApplicationScoped
class DashboardRedirect {

    void route(@Observes Router router) {
        // A regex: a plain path route would also match "/dashboard/" and loop.
        router.routeWithRegex(HttpMethod.GET, "^/dashboard$").handler(context -> context.response()
                .setStatusCode(301).putHeader("Location", "/dashboard/").end());
    }
}
