package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.platform.document.Block;
import vn.thidua.platform.document.OfficialDocument;
import vn.thidua.platform.document.Para;
import vn.thidua.plan.document.PlanDocument.Basis;
import vn.thidua.plan.document.PlanDocument.NumberedItem;
import vn.thidua.plan.document.PlanDocument.Recipient;
import vn.thidua.plan.document.PlanDocument.Responsibility;
import vn.thidua.plan.document.PlanDocument.Signer;

/**
 * Renders a plan in the layout of Vietnamese state documents (Nghị định 30/2020/NĐ-CP): a two-column header
 * (issuing body, unit and number on the left; national motto, place and date on the right), the kind and title,
 * the bases and occasions, the sections I–IV, the closing, and a two-column block with the recipients and the
 * signature. Numbers are written as stored, never renumbered; absent fields are left out rather than shown as
 * "…" placeholders, so that a rendered document imports back to the same structure.
 *
 * <p>What is written is decided here; the page, the fonts and the writing of HTML and .docx are
 * {@link OfficialDocument}'s, and both outputs come from one list of blocks, so they never differ in content.
 */
public final class PlanDocumentRenderer {

    private static final int BODY_SIZE = 14;
    private static final int HEADER_SIZE = 13;
    private static final int RECIPIENT_SIZE = 11;
    private static final int RECIPIENTS_LABEL_SIZE = 12;
    private static final int LEFT_COLUMN_PERCENT = 42;
    private static final String DEFAULT_KIND = "KẾ HOẠCH";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};
    private static final int SIGNATURE_SPACE_LINES = 3;

    /** A complete, self-contained UTF-8 HTML page with inline CSS and no external resources. */
    public String html(PlanDocument plan) {
        return OfficialDocument.html(plan.title() == null ? kind(plan) : kind(plan) + " " + plan.title(), BODY_SIZE,
                layout(plan));
    }

    /** A Word document, A4, Times New Roman. */
    public byte[] docx(PlanDocument plan) {
        return OfficialDocument.docx(layout(plan));
    }

    private static Para body(String text) {
        return Para.justified(text, false, true, BODY_SIZE);
    }

    private static Para heading(String text) {
        return Para.justified(text, true, true, BODY_SIZE);
    }

    /** The page: header block, body paragraphs, then recipients beside the signature. */
    private static List<Block> layout(PlanDocument plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Columns(headerLeft(plan), headerRight(plan), LEFT_COLUMN_PERCENT));
        blocks.add(Para.centred(kind(plan), true, false, false, BODY_SIZE));
        if (plan.title() != null) {
            blocks.add(Para.centred(plan.title(), true, false, false, BODY_SIZE));
        }
        for (Basis basis : list(plan.bases())) {
            blocks.add(body(basis.text()));
        }
        list(plan.occasions()).forEach(occasion -> lines(blocks, occasion));
        sections(plan, blocks);
        if (plan.closing() != null) {
            lines(blocks, plan.closing());
        }
        blocks.add(new Block.Columns(recipients(plan), signature(plan.signer()), LEFT_COLUMN_PERCENT));
        return blocks;
    }

    private static List<Para> headerLeft(PlanDocument plan) {
        List<Para> left = new ArrayList<>();
        if (plan.issuingBody() != null) {
            left.add(Para.centred(plan.issuingBody(), false, false, false, HEADER_SIZE));
        }
        if (plan.unitName() != null) {
            left.add(Para.centred(plan.unitName(), true, false, false, HEADER_SIZE));
        }
        if (plan.documentNumber() != null) {
            left.add(Para.centred("Số: " + plan.documentNumber(), false, false, false, HEADER_SIZE));
        }
        return left;
    }

    private static List<Para> headerRight(PlanDocument plan) {
        List<Para> right = new ArrayList<>(OfficialDocument.nationalMotto(HEADER_SIZE, BODY_SIZE));
        String date = plan.documentDate() == null ? null : Dates.write(plan.documentDate());
        if (plan.place() != null || date != null) {
            // A place without a date is a draft awaiting its date: the blanks are left as drafts leave them.
            String when = date != null ? date : "ngày      tháng      năm      ";
            right.add(Para.centred(plan.place() == null ? when : plan.place() + ", " + when, false, true, false,
                    BODY_SIZE));
        }
        return right;
    }

    private static void sections(PlanDocument plan, List<Block> blocks) {
        int section = 0;
        if (!list(plan.purposes()).isEmpty() || !list(plan.requirements()).isEmpty()) {
            blocks.add(heading(ROMAN[section++] + ". MỤC ĐÍCH - YÊU CẦU"));
            int sub = 0;
            if (!list(plan.purposes()).isEmpty()) {
                blocks.add(heading(++sub + ". Mục đích"));
                plan.purposes().forEach(purpose -> lines(blocks, purpose));
            }
            if (!list(plan.requirements()).isEmpty()) {
                blocks.add(heading(++sub + ". Yêu cầu"));
                plan.requirements().forEach(requirement -> lines(blocks, requirement));
            }
        }
        if (!list(plan.contents()).isEmpty()) {
            blocks.add(heading(ROMAN[section++] + ". NỘI DUNG THỰC HIỆN"));
            plan.contents().forEach(item -> numbered(blocks, item));
        }
        if (!list(plan.measures()).isEmpty()) {
            blocks.add(heading(ROMAN[section++] + ". GIẢI PHÁP THỰC HIỆN"));
            plan.measures().forEach(item -> numbered(blocks, item));
        }
        if (!list(plan.responsibilities()).isEmpty()) {
            blocks.add(heading(ROMAN[section] + ". TỔ CHỨC THỰC HIỆN"));
            plan.responsibilities().forEach(responsibility -> lines(blocks, responsibility(responsibility)));
        }
    }

    private static void numbered(List<Block> blocks, NumberedItem item) {
        String number = item.number() == null ? "" : Marker.render(item.number()) + " ";
        lines(blocks, number + (item.text() == null ? "" : item.text()));
    }

    /**
     * "n. Role duties" as the original usually reads when the duties go on in lower case ("Hiệu trưởng xây dựng…"),
     * otherwise "n. Role: duties"; the form chosen is one the importer reads back into the same role and duties.
     */
    private static String responsibility(Responsibility responsibility) {
        String number = responsibility.number() == null ? "" : Marker.render(responsibility.number()) + " ";
        String duties = responsibility.duties() == null ? "" : responsibility.duties();
        String role = responsibility.role();
        if (role == null) {
            return number + duties;
        }
        int newline = duties.indexOf('\n');
        String first = newline < 0 ? duties : duties.substring(0, newline);
        String rest = newline < 0 ? "" : duties.substring(newline);
        if (!first.isEmpty() && Character.isLowerCase(first.codePointAt(0))
                && readsBack(role + " " + first, role, first)) {
            return number + role + " " + first + rest;
        }
        if ((first.isEmpty() || Marker.of(first) != null) && readsBack(role + ":", role, "")) {
            return number + role + ":" + (duties.isEmpty() ? "" : "\n" + duties);
        }
        return number + role + ": " + first + rest;
    }

    private static boolean readsBack(String line, String role, String rest) {
        Roles.Split split = Roles.split(line);
        return role.equals(split.role()) && rest.equals(split.rest());
    }

    private static List<Para> recipients(PlanDocument plan) {
        List<Para> left = new ArrayList<>();
        List<Recipient> recipients = list(plan.recipients());
        if (recipients.isEmpty()) {
            return left;
        }
        left.add(Para.left("Nơi nhận:", true, true, RECIPIENTS_LABEL_SIZE));
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            String purpose = recipient.purpose() == null ? "" : " (" + recipient.purpose() + ")";
            String end = i == recipients.size() - 1 ? "." : ";";
            left.add(Para.left("- " + recipient.name() + purpose + end, false, false, RECIPIENT_SIZE));
        }
        return left;
    }

    private static List<Para> signature(Signer signer) {
        List<Para> right = new ArrayList<>();
        if (signer == null) {
            return right;
        }
        if (signer.authority() != null) {
            right.add(Para.centred(signer.authority(), true, false, false, BODY_SIZE));
        }
        if (signer.title() != null) {
            right.add(Para.centred(signer.title(), true, false, false, BODY_SIZE));
        }
        if (signer.name() != null) {
            for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
                right.add(Para.blank(BODY_SIZE));
            }
            right.add(Para.centred(signer.name(), true, false, false, BODY_SIZE));
        }
        return right;
    }

    /** A stored text with line breaks is several paragraphs (an item and its sub-items). */
    private static void lines(List<Block> blocks, String text) {
        for (String line : text.split("\n", -1)) {
            blocks.add(body(line));
        }
    }

    private static String kind(PlanDocument plan) {
        return plan.kind() == null ? DEFAULT_KIND : plan.kind();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
