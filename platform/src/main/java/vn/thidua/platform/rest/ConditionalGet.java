package vn.thidua.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A strong ETag on every successful read, and 304 when {@code If-None-Match} names it. A resource with a
 * revision keeps its own ETag (the one {@code If-Match} takes); any other answer gets the digest of the exact
 * bytes sent: a JSON entity is written here once, and those bytes become the entity, so the tag is of what
 * goes on the wire. Streams are left alone.
 */
public class ConditionalGet {

    private final ObjectMapper json;

    ConditionalGet(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void conditional(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        EntityTag tag = response.getEntityTag();
        if (tag == null) {
            byte[] bytes = bytes(response.getEntity(), response.getMediaType());
            if (bytes == null) {
                return;
            }
            if (!(response.getEntity() instanceof byte[]) && !(response.getEntity() instanceof String)) {
                // Written as JSON here (no other type was chosen yet), so it goes out as JSON.
                MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
                if (!type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
                    type = type.withCharset(StandardCharsets.UTF_8.name());
                }
                response.setEntity(bytes, response.getEntityAnnotations(), type);
            }
            tag = new EntityTag(digest(bytes));
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private byte[] bytes(Object entity, MediaType type) throws IOException {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(type != null && type.getParameters().containsKey("charset")
                    ? java.nio.charset.Charset.forName(type.getParameters().get("charset")) : StandardCharsets.UTF_8);
        }
        boolean jsonType = type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json");
        if (!jsonType || entity instanceof java.io.InputStream || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof java.io.File || entity instanceof java.nio.file.Path) {
            return null;
        }
        return json.writeValueAsBytes(entity);
    }

    /** {@code If-None-Match} uses the weak comparison (RFC 9110 13.1.2): {@code W/} is ignored on both sides. */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    static String digest(byte[] bytes) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sha, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JVM", e);
        }
    }
}
