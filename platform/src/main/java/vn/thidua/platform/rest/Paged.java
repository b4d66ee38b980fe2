package vn.thidua.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How every list answers: one page as a JSON array, the number of matches in {@value #TOTAL_COUNT}, and the
 * page links (first, prev, next, last; RFC 8288) in {@code Link}, made here from the request's own address for
 * any answer that carries a total, so a resource only states the total.
 */
public class Paged {

    public static final String TOTAL_COUNT = "X-Total-Count";

    /** The page as a typed answer (its element type reaches the OpenAPI document). */
    public static <T, V> RestResponse<List<V>> answer(Page<T> page, Function<T, V> view) {
        return RestResponse.ResponseBuilder.ok(page.items().stream().map(view).toList())
                .header(TOTAL_COUNT, page.total()).build();
    }

    /** Orders a list of views by the client's {@code sort} ({@link Sorting}), then cuts one checked page. */
    public static <T extends Record> RestResponse<List<T>> answer(List<T> items, Paging paging, Class<T> type,
            String sort) {
        return answer(Page.of(Sorting.sort(items, type, sort), paging.page(), paging.size()), Function.identity());
    }

    @ServerResponseFilter
    public void links(ContainerRequestContext request, ContainerResponseContext response) {
        Object total = response.getHeaders().getFirst(TOTAL_COUNT);
        if (total == null || response.getStatus() != 200 || response.getHeaders().containsKey("Link")) {
            return;
        }
        long count;
        int page;
        int size;
        try {
            count = Long.parseLong(total.toString());
            String p = request.getUriInfo().getQueryParameters().getFirst("page");
            String s = request.getUriInfo().getQueryParameters().getFirst("size");
            page = p == null ? 0 : Integer.parseInt(p.strip());
            size = s == null ? Paging.DEFAULT_SIZE : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return; // a resource with its own paging answered; nothing to link
        }
        if (size < 1) {
            return;
        }
        long last = Math.max(0, (count - 1) / size);
        List<String> links = new ArrayList<>();
        UriBuilder base = request.getUriInfo().getRequestUriBuilder();
        links.add(link(base, 0, size, "first"));
        if (page > 0) {
            links.add(link(base, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(base, page + 1, size, "next"));
        }
        links.add(link(base, last, size, "last"));
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static String link(UriBuilder base, long page, int size, String rel) {
        // The path and query as the client sent them, so the link works behind any host name.
        var uri = base.clone().replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return "<" + uri.getRawPath() + "?" + uri.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
