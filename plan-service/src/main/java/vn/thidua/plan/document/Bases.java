package vn.thidua.plan.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.plan.document.PlanDocument.Basis;

/** Reads the cited document's number, date and issuer out of a basis (căn cứ) sentence, leaving the sentence as is. */
final class Bases {

    /** 67/KH-PGDĐT, 98/2023/NĐ-CP, 1234/QĐ-UBND, 06/2022/QH15: a number, an optional year, then capitals. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])\\d{1,5}(?:/\\d{4})?/\\p{Lu}[\\p{Lu}\\p{N}&]*(?:-[\\p{Lu}\\p{N}&]+)*");
    private static final Pattern OF = Pattern.compile("(?u)(?<!\\p{L})của\\s+");
    /** Where the issuer's name ends: the subject ("về việc …") or what the document does ("quy định …"). */
    private static final Pattern ISSUER_END = Pattern.compile(
            "(?iu)\\s+(?:về|quy định|hướng dẫn|ban hành|phát động|v/v)(?!\\p{L})|;");

    private Bases() {
    }

    /** Whether a preamble paragraph is a basis: "Căn cứ …", or "Thực hiện …" when it cites a numbered document. */
    static boolean isBasis(String line) {
        String folded = VietnameseText.fold(line);
        return folded.startsWith("CAN CU") || folded.startsWith("THUC HIEN ") && DOCUMENT_NUMBER.matcher(line).find();
    }

    static Basis read(String text, int line, Warnings warnings) {
        Matcher number = DOCUMENT_NUMBER.matcher(text);
        String documentNumber = number.find() ? number.group() : null;
        int after = documentNumber == null ? 0 : number.end();
        Dates.Found date = Dates.find(text.substring(after));
        if (date == null && after > 0) {
            date = Dates.find(text);
        }
        if (date != null && date.date() == null) {
            warnings.add(Warnings.INVALID_DATE, line,
                    "Ngày không có thật trong căn cứ: " + Warnings.quote(date.written()),
                    "the basis cites a date that does not exist");
        }
        // Only a cited document has an issuer: in "Căn cứ kết quả … của các đơn vị" the "của" names no issuer.
        String issuer = documentNumber == null && date == null ? null : issuer(text, after);
        return new Basis(text, documentNumber, date == null ? null : date.date(), issuer);
    }

    /** The text after "của" up to "về …", "quy định …", ";" or the end, as written. */
    private static String issuer(String text, int from) {
        Matcher of = OF.matcher(text);
        if (!of.find(from) && !of.find(0)) {
            return null;
        }
        int start = of.end();
        Matcher end = ISSUER_END.matcher(text);
        String issuer = end.find(start) ? text.substring(start, end.start()) : text.substring(start);
        issuer = VietnameseText.strip(VietnameseText.strip(issuer).replaceAll("[.,;:]+$", ""));
        return issuer.isEmpty() ? null : issuer;
    }
}
