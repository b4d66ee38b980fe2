package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The kind line ("KẾ HOẠCH") and the title under it, which may be wrapped onto several lines or, in
 * capitals, follow the kind on the same line. The kind line also tells where the header ends.
 */
final class TitleReader {

    private static final String KIND_KEY = "KE HOACH";
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_TITLE_LENGTH = 250;

    private final Warnings warnings;
    private String kind;
    private String title;
    private Integer titleLine;

    TitleReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Index of the kind line, looked for above the first basis or section heading; -1 when there is none. */
    static int findKind(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).stripped();
            if (isKind(text)) {
                return i;
            }
            Heading heading = Heading.of(text);
            if (Bases.isBasis(text) || heading != null && heading.section() != Heading.Section.UNKNOWN) {
                return -1;
            }
        }
        return -1;
    }

    /** Without a kind line, the header runs as long as lines look like one. */
    static boolean isHeaderLine(SourceLine line) {
        String text = line.stripped();
        return HeaderReader.looksLikeHeader(line.text()) && Heading.of(text) == null && !Bases.isBasis(text)
                && !SignatureReader.opensBlock(line.text());
    }

    /** Reads the kind and title lines; returns the index of the first body line. */
    int read(List<SourceLine> lines, int kindIndex) {
        SourceLine kindLine = lines.get(kindIndex);
        String text = kindLine.stripped();
        kind = text.length() > KIND_KEY.length() && !VietnameseText.key(text).equals(KIND_KEY)
                ? text.substring(0, KIND_KEY.length()) : text;
        List<String> parts = new ArrayList<>();
        if (!kind.equals(text)) {
            parts.add(VietnameseText.strip(text.substring(KIND_KEY.length())));
            titleLine = kindLine.number();
        }
        int i = kindIndex + 1;
        for (; i < lines.size() && parts.size() < MAX_TITLE_LINES; i++) {
            SourceLine line = lines.get(i);
            String part = line.stripped();
            if (part.isEmpty() || HeaderReader.isDecoration(part)) {
                if (!parts.isEmpty()) {
                    break;
                }
            } else if (endsTitle(part)) {
                break;
            } else {
                if (titleLine == null) {
                    titleLine = line.number();
                }
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            warnings.add(Warnings.NO_TITLE, kindLine.number(), "Không thấy tên kế hoạch dưới dòng \"KẾ HOẠCH\"",
                    "no title under the kind line");
        } else {
            // A title wrapped onto several lines is one title.
            title = String.join(" ", parts);
        }
        return i;
    }

    /** The document has no kind line, so no title either. */
    void missing() {
        warnings.add(Warnings.NO_TITLE, null, "Không thấy dòng \"KẾ HOẠCH\" và tên kế hoạch",
                "no document kind line (KẾ HOẠCH) and title");
    }

    String kind() {
        return kind;
    }

    String title() {
        return title;
    }

    /** The line the title starts on, for warnings about it; null without a title. */
    Integer titleLine() {
        return titleLine;
    }

    /** "KẾ HOẠCH" alone, or followed by the title on the same line when it is written in capitals. */
    private static boolean isKind(String text) {
        if (VietnameseText.key(text).equals(KIND_KEY)) {
            return true;
        }
        return VietnameseText.fold(text).startsWith(KIND_KEY + " ")
                && VietnameseText.isUppercase(text.substring(0, KIND_KEY.length()));
    }

    private static boolean endsTitle(String text) {
        return text.length() > MAX_TITLE_LENGTH || text.endsWith(".") || text.endsWith(";") || text.endsWith(":")
                || Bases.isBasis(text) || Heading.of(text) != null || Marker.of(text) != null
                || SignatureReader.opensBlock(text);
    }
}
