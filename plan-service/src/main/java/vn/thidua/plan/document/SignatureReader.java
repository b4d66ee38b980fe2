package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thidua.plan.document.PlanDocument.Recipient;
import vn.thidua.plan.document.PlanDocument.Signer;

/**
 * Reads the block under the text: recipients (nơi nhận) in the left column and the signature in the right. The
 * columns may follow each other (a .docx table) or share lines (a text export); see {@link Columns}.
 */
final class SignatureReader {

    private static final Pattern AUTHORITY = Pattern.compile("^(?:KT|TM|TL|TUQ|Q)\\s*\\.|^THUA (?:LENH|UY QUYEN)");
    private static final Set<String> TITLES = Set.of("HIEU TRUONG", "PHO HIEU TRUONG", "TRUONG PHONG",
            "PHO TRUONG PHONG", "GIAM DOC", "PHO GIAM DOC", "CHU TICH", "PHO CHU TICH", "TRUONG BAN", "PHO TRUONG BAN",
            "THU TRUONG DON VI", "CHU TICH CONG DOAN", "BI THU CHI BO");
    /** "(Đã ký)", "(ký, ghi rõ họ tên)": marks of a signature in a copy, not text of the document. */
    private static final Pattern SIGNED_MARK = Pattern.compile("(?iu)^\\(?\\s*(?:đã\\s+)?ký(?![\\p{L}])[^)]*\\)?$");

    private final Warnings warnings;
    private final List<Recipient> recipients = new ArrayList<>();
    private final List<SourceLine> signerLines = new ArrayList<>();
    private boolean recipientsLabel;

    SignatureReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Whether a line opens the block: "Nơi nhận:" or a signer title such as "HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG". */
    static boolean opensBlock(String line) {
        Columns columns = Columns.of(line);
        String single = columns.left().isEmpty() ? columns.right() : columns.right().isEmpty() ? columns.left() : null;
        return isRecipientsLabel(columns.left()) || single != null && isTitle(single);
    }

    private static boolean isTitle(String text) {
        return VietnameseText.isUppercase(text)
                && (AUTHORITY.matcher(VietnameseText.fold(text)).find() || TITLES.contains(VietnameseText.key(text)));
    }

    private static boolean isRecipientsLabel(String text) {
        return VietnameseText.fold(text).startsWith("NOI NHAN");
    }

    void read(SourceLine line) {
        Columns columns = Columns.of(line.text());
        if (!columns.left().isEmpty() && !columns.right().isEmpty()) {
            left(columns.left(), line.number());
            signer(columns.right(), line.number());
            return;
        }
        // One column on the line: which one is told by what it says, since indentation is not reliable.
        String text = columns.left().isEmpty() ? columns.right() : columns.left();
        if (isRecipientsLabel(text) || Marker.of(text) != null || text.endsWith(";") || text.endsWith(".")) {
            left(text, line.number());
        } else {
            signer(text, line.number());
        }
    }

    private void left(String text, int line) {
        if (text.isEmpty()) {
            return;
        }
        if (isRecipientsLabel(text)) {
            recipientsLabel = true;
            String rest = VietnameseText.strip(text.substring(text.indexOf(':') + 1));
            if (text.contains(":") && !rest.isEmpty()) {
                recipient(rest);
            }
            return;
        }
        recipient(text);
    }

    /** "- PGD&ĐT (để báo cáo);" → PGD&ĐT, để báo cáo; only the list marker and the final ";" or "." go. */
    private void recipient(String text) {
        Marker marker = Marker.of(text);
        String entry = marker != null && marker.style() == Marker.Style.BULLET ? marker.text() : text;
        entry = VietnameseText.strip(entry);
        if (entry.endsWith(";") || entry.endsWith(".")) {
            entry = VietnameseText.strip(entry.substring(0, entry.length() - 1));
        }
        if (entry.isEmpty()) {
            return;
        }
        int open = entry.endsWith(")") ? matchingOpen(entry) : -1;
        String name = open > 0 ? VietnameseText.strip(entry.substring(0, open)) : "";
        if (name.isEmpty()) {
            recipients.add(new Recipient(entry, null));
        } else {
            recipients.add(new Recipient(name, VietnameseText.strip(entry.substring(open + 1, entry.length() - 1))));
        }
    }

    /** Index of the "(" that the final ")" closes, or -1. */
    private static int matchingOpen(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private void signer(String text, int line) {
        if (!text.isEmpty() && !HeaderReader.isDecoration(text) && !SIGNED_MARK.matcher(text).matches()) {
            signerLines.add(new SourceLine(line, text));
        }
    }

    List<Recipient> recipients() {
        return List.copyOf(recipients);
    }

    /**
     * Title lines in capitals, the first of them the authority when it starts "KT.", "TM.", "TL.", "Q."; the last
     * line is the name unless it is itself a title ("PHÓ HIỆU TRƯỞNG" with no name under it).
     */
    Signer signer() {
        List<SourceLine> lines = new ArrayList<>(signerLines);
        String name = null;
        if (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1).text();
            if (!isTitle(last) && (lines.size() > 1 || !VietnameseText.isUppercase(last))) {
                name = last;
                lines.remove(lines.size() - 1);
            }
        }
        String authority = null;
        List<String> titles = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text();
            if (!VietnameseText.isUppercase(text)) {
                warnings.add(Warnings.UNRECOGNISED_TEXT, line.number(),
                        "Không nhận ra dòng này ở phần ký, nội dung được giữ ở đây: " + Warnings.quote(text),
                        "text in the signature block not recognised, kept here");
            } else if (authority == null && titles.isEmpty() && AUTHORITY.matcher(VietnameseText.fold(text)).find()) {
                authority = text;
            } else {
                titles.add(text);
            }
        }
        String title = titles.isEmpty() ? null : String.join(" ", titles);
        return authority == null && title == null && name == null ? null : new Signer(authority, title, name);
    }

    /** Adds the warnings about what the block lacks. */
    void finish(Signer signer) {
        if (!recipientsLabel && recipients.isEmpty()) {
            warnings.add(Warnings.NO_RECIPIENTS, null, "Không thấy phần nơi nhận", "no recipients (nơi nhận)");
        }
        if (signer == null) {
            warnings.add(Warnings.NO_SIGNER, null, "Không thấy phần ký (chức vụ, họ tên người ký)",
                    "no signature block");
        } else if (signer.name() == null) {
            warnings.add(Warnings.NO_SIGNER, null, "Phần ký thiếu họ tên người ký", "the signer's name is missing");
        } else if (signer.title() == null) {
            warnings.add(Warnings.NO_SIGNER, null, "Phần ký thiếu chức vụ người ký", "the signer's title is missing");
        }
    }
}
