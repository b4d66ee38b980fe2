package vn.thidua.platform.feed;

import org.apache.kafka.common.TopicPartition;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a feed stands: for every partition it reads, the offset of the next record not yet looked at. It is
 * the SSE {@code id} of each event sent (opaque: base64url of {@code topic:partition:offset,…}), so a client
 * that reconnects with {@code Last-Event-ID} resumes right after the last event it received: every record
 * before those offsets was sent or filtered out, none after them was.
 */
public final class FeedPosition {

    private static final String VERSION = "1;";

    private FeedPosition() {
    }

    public static String encode(Map<TopicPartition, Long> offsets) {
        StringBuilder text = new StringBuilder(VERSION);
        Map<String, Long> sorted = new TreeMap<>();
        offsets.forEach((tp, offset) -> sorted.put(tp.topic() + ":" + tp.partition(), offset));
        sorted.forEach((tp, offset) -> text.append(tp).append(':').append(offset).append(','));
        if (text.charAt(text.length() - 1) == ',') {
            text.setLength(text.length() - 1);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The offsets of an id this feed gave out; {@link IllegalArgumentException} for anything else. */
    public static Map<TopicPartition, Long> decode(String id) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(id.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an id of this feed");
        }
        if (!text.startsWith(VERSION)) {
            throw new IllegalArgumentException("not an id of this feed");
        }
        Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
        String body = text.substring(VERSION.length());
        if (body.isEmpty()) {
            return offsets;
        }
        for (String part : body.split(",")) {
            int last = part.lastIndexOf(':');
            int middle = last < 0 ? -1 : part.lastIndexOf(':', last - 1);
            if (middle <= 0) {
                throw new IllegalArgumentException("not an id of this feed");
            }
            try {
                int partition = Integer.parseInt(part.substring(middle + 1, last));
                long offset = Long.parseLong(part.substring(last + 1));
                if (partition < 0 || offset < 0) {
                    throw new IllegalArgumentException("not an id of this feed");
                }
                offsets.put(new TopicPartition(part.substring(0, middle), partition), offset);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an id of this feed");
            }
        }
        return offsets;
    }
}
