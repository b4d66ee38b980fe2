package vn.thidua.platform.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Whether a target URL is one the deployment allowed. An entry is {@code scheme://host[:port]/path-prefix};
 * no port means the scheme's default, {@code :*} any port. Hosts are compared as written (no DNS), user info
 * and fragments are refused, and the deliverer follows no redirect, so a subscription can reach nothing else.
 */
public final class UrlAllowlist {

    private record Entry(String scheme, String host, int port, String path) {
    }

    private final List<Entry> entries;

    public UrlAllowlist(List<String> allowed) {
        this.entries = allowed.stream().map(String::strip).filter(s -> !s.isEmpty()).map(UrlAllowlist::entry).toList();
    }

    /** Null when the URL is allowed, else why not (for the 422 naming {@code url}). */
    public String refusal(String url) {
        if (url == null || url.isBlank()) {
            return "bắt buộc (required)";
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "không phải URL hợp lệ (not a valid URL)";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null || uri.getHost() == null) {
            return "phải là URL http(s) tuyệt đối (must be an absolute http or https URL)";
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "không được có thông tin đăng nhập hoặc phân đoạn (no user info, no fragment)";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.contains("/../") || path.endsWith("/..")) {
            return "không được có '..' trong đường dẫn (no '..' in the path)";
        }
        for (Entry entry : entries) {
            if (entry.scheme.equals(scheme) && entry.host.equals(host) && (entry.port == -1 || entry.port == port)
                    && path.startsWith(entry.path)) {
                return null;
            }
        }
        return "không nằm trong danh sách địa chỉ được phép (thidua.webhooks.allowed-urls) (not in the allowlist)";
    }

    private static Entry entry(String text) {
        boolean anyPort = text.contains(":*");
        URI uri = URI.create(text.replace(":*", ""));
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("thidua.webhooks.allowed-urls: not scheme://host[:port]/path: " + text);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = anyPort ? -1 : uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new Entry(scheme, uri.getHost().toLowerCase(Locale.ROOT), port, path);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
