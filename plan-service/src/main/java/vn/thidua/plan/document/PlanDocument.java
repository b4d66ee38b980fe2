package vn.thidua.plan.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan (kế hoạch thi đua) as the structured administrative document it is. Text is kept exactly as
 * written (NFC); numbers are kept as written ("1", "a", "6"), never renumbered. Everything but
 * {@code title} may be absent: real documents lack numbers, dates and headers.
 *
 * @param issuingBody   the superior body in the header, e.g. "PHÒNG GD&ĐT TAM NÔNG" (cơ quan chủ quản)
 * @param unitName      the issuing unit in the header, e.g. "TRƯỜNG TIỂU HỌC TRÀM CHIM 2"
 * @param documentNumber e.g. "15/KH-THTC2" (số ký hiệu)
 * @param place         place of the date line, e.g. "Tràm Chim"
 * @param documentDate  date of the date line
 * @param kind          document kind line, e.g. "KẾ HOẠCH"
 * @param title         the title under the kind, e.g. "Phát động phong trào thi đua yêu nước năm 2023"
 * @param year          the calendar year the plan is for, read from the title (năm 2023)
 * @param bases         căn cứ
 * @param occasions     anniversaries and the introductory paragraph(s) that name them
 * @param purposes      mục đích
 * @param requirements  yêu cầu
 * @param contents      numbered emulation contents (nội dung thi đua) → evaluation criteria
 * @param measures      numbered solutions (giải pháp)
 * @param responsibilities tổ chức thực hiện: who does what
 * @param closing       the closing sentence ("Trên đây là kế hoạch …")
 * @param recipients    nơi nhận
 * @param signer        signature block
 */
public record PlanDocument(
        String issuingBody,
        String unitName,
        String documentNumber,
        String place,
        LocalDate documentDate,
        String kind,
        String title,
        Integer year,
        List<Basis> bases,
        List<String> occasions,
        List<String> purposes,
        List<String> requirements,
        List<NumberedItem> contents,
        List<NumberedItem> measures,
        List<Responsibility> responsibilities,
        String closing,
        List<Recipient> recipients,
        Signer signer) {

    /**
     * One basis (căn cứ), with the referenced document's number, date and issuer when recognisable.
     *
     * @param text           the whole sentence as written
     * @param documentNumber e.g. "67/KH-PGDĐT"
     * @param documentDate   e.g. 2023-02-17
     * @param issuer         e.g. "Ủy ban nhân dân (UBND) huyện Tam Nông", as written
     */
    public record Basis(String text, String documentNumber, LocalDate documentDate, String issuer) {
    }

    /** A numbered item; {@code number} as written ("1", "2", "a"), {@code text} without the number. */
    public record NumberedItem(String number, String text) {
    }

    /**
     * One responsibility (tổ chức thực hiện).
     *
     * @param number as written
     * @param role   who, as written: "Hiệu trưởng", "Công đoàn cơ sở", "Các tổ chuyên môn, Văn phòng"
     * @param duties what, as written
     */
    public record Responsibility(String number, String role, String duties) {
    }

    /** A recipient (nơi nhận): "PGD&ĐT" with purpose "để báo cáo"; purpose null when none is given. */
    public record Recipient(String name, String purpose) {
    }

    /**
     * Signature block.
     *
     * @param authority e.g. "KT. HIỆU TRƯỞNG" when signing on behalf, else null
     * @param title     e.g. "HIỆU TRƯỞNG" or "PHÓ HIỆU TRƯỞNG"
     * @param name      e.g. "Lê Văn Định"
     */
    public record Signer(String authority, String title, String name) {
    }
}
