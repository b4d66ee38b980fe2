package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.plan.document.PlanDocument.Basis;
import vn.thidua.plan.document.PlanDocument.NumberedItem;
import vn.thidua.plan.document.PlanDocument.Responsibility;
import vn.thidua.plan.document.PlanDocument.Signer;

/**
 * Turns the lines of a plan into a {@link PlanDocument}, shared by the text and .docx importers. The document is
 * read in four parts: the header up to the kind line ("KẾ HOẠCH"), the title under it, the body (a small state
 * machine driven by section headings) and the block from "Nơi nhận:" or the signer's title on. Text is never
 * changed; what does not fit is reported in a warning with its text.
 */
final class PlanParser {

    private enum State {
        PREAMBLE, PURPOSES_AND_REQUIREMENTS, PURPOSES, REQUIREMENTS, CONTENTS, MEASURES, RESPONSIBILITIES, UNKNOWN,
        CLOSING
    }

    private static final String KIND_KEY = "KE HOACH";
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_TITLE_LENGTH = 250;

    private final ImportContext context;
    private final Warnings warnings = new Warnings();
    private final HeaderReader header = new HeaderReader(warnings);
    private final SignatureReader signature = new SignatureReader(warnings);
    private final List<Basis> bases = new ArrayList<>();
    private final List<String> occasions = new ArrayList<>();
    private final ItemList purposes = new ItemList(true);
    private final ItemList requirements = new ItemList(true);
    private final ItemList contents = new ItemList(false);
    private final ItemList measures = new ItemList(false);
    private final ItemList responsibilities = new ItemList(false);
    private final List<String> closing = new ArrayList<>();
    private final List<SourceLine> yearChecked = new ArrayList<>();
    private State state = State.PREAMBLE;
    private boolean arabicSections;
    private boolean unsplitReported;
    private String kind;
    private String title;
    private Integer titleLine;

    private PlanParser(ImportContext context) {
        this.context = context;
    }

    static ImportResult parse(List<SourceLine> lines, ImportContext context) {
        return new PlanParser(context).read(lines);
    }

    private ImportResult read(List<SourceLine> lines) {
        int kindIndex = findKind(lines);
        int bodyStart;
        if (kindIndex >= 0) {
            lines.subList(0, kindIndex).forEach(header::read);
            bodyStart = readTitle(lines, kindIndex);
        } else {
            bodyStart = 0;
            while (bodyStart < lines.size() && isHeaderLine(lines.get(bodyStart))) {
                header.read(lines.get(bodyStart++));
            }
            warnings.add(Warnings.NO_TITLE, null, "Không thấy dòng \"KẾ HOẠCH\" và tên kế hoạch",
                    "no document kind line (KẾ HOẠCH) and title");
        }
        int blockStart = bodyStart;
        while (blockStart < lines.size() && !SignatureReader.opensBlock(lines.get(blockStart).text())) {
            blockStart++;
        }
        lines.subList(bodyStart, blockStart).forEach(this::body);
        lines.subList(blockStart, lines.size()).forEach(signature::read);
        header.finish(context);
        Signer signer = signature.signer();
        signature.finish(signer);
        List<Responsibility> roles = responsibilities();
        Years.PlanYear year = planYear();
        checkSections();
        return new ImportResult(new PlanDocument(header.issuingBody(), header.unitName(), header.documentNumber(),
                header.place(), header.documentDate(), kind, title, year == null ? null : year.year(),
                List.copyOf(bases), List.copyOf(occasions), purposes.texts(), requirements.texts(),
                numbered(contents), numbered(measures), roles,
                closing.isEmpty() ? null : String.join("\n", closing), signature.recipients(), signer),
                warnings.list());
    }

    /** Index of the kind line, looked for above the first basis or section heading; -1 when there is none. */
    private static int findKind(List<SourceLine> lines) {
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

    /** "KẾ HOẠCH" alone, or followed by the title on the same line when it is written in capitals. */
    private static boolean isKind(String text) {
        if (VietnameseText.key(text).equals(KIND_KEY)) {
            return true;
        }
        return VietnameseText.fold(text).startsWith(KIND_KEY + " ")
                && VietnameseText.isUppercase(text.substring(0, KIND_KEY.length()));
    }

    private static boolean isHeaderLine(SourceLine line) {
        String text = line.stripped();
        return HeaderReader.looksLikeHeader(line.text()) && Heading.of(text) == null && !Bases.isBasis(text)
                && !SignatureReader.opensBlock(line.text());
    }

    /** Reads the kind and title lines; returns the index of the first body line. */
    private int readTitle(List<SourceLine> lines, int kindIndex) {
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

    private static boolean endsTitle(String text) {
        return text.length() > MAX_TITLE_LENGTH || text.endsWith(".") || text.endsWith(";") || text.endsWith(":")
                || Bases.isBasis(text) || Heading.of(text) != null || Marker.of(text) != null
                || SignatureReader.opensBlock(text);
    }

    private void body(SourceLine line) {
        String text = line.stripped();
        if (text.isEmpty() || HeaderReader.isDecoration(text)) {
            return;
        }
        if (state == State.CLOSING || VietnameseText.fold(text).startsWith("TREN DAY LA")) {
            state = State.CLOSING;
            closing.add(text);
            yearChecked.add(line);
            return;
        }
        Heading heading = Heading.of(text);
        if (heading != null && accepts(heading)) {
            enter(heading, line);
        } else {
            place(line);
        }
    }

    private boolean accepts(Heading heading) {
        return switch (heading.section()) {
            // Without a Roman numeral, "Mục đích" / "Yêu cầu" are sub-headings of the first section only.
            case PURPOSES, REQUIREMENTS -> heading.numeral() == Heading.Numeral.ROMAN || state == State.PREAMBLE
                    || state == State.PURPOSES_AND_REQUIREMENTS || state == State.PURPOSES
                    || state == State.REQUIREMENTS;
            case UNKNOWN -> heading.numeral() == Heading.Numeral.ROMAN || arabicSections;
            default -> true;
        };
    }

    private void enter(Heading heading, SourceLine line) {
        state = switch (heading.section()) {
            case PURPOSES_AND_REQUIREMENTS -> State.PURPOSES_AND_REQUIREMENTS;
            case PURPOSES -> State.PURPOSES;
            case REQUIREMENTS -> State.REQUIREMENTS;
            case CONTENTS -> State.CONTENTS;
            case MEASURES -> State.MEASURES;
            case RESPONSIBILITIES -> State.RESPONSIBILITIES;
            case UNKNOWN -> State.UNKNOWN;
        };
        boolean topLevel = heading.section() != Heading.Section.PURPOSES
                && heading.section() != Heading.Section.REQUIREMENTS && heading.section() != Heading.Section.UNKNOWN;
        if (topLevel && heading.numeral() == Heading.Numeral.ARABIC) {
            arabicSections = true;
        }
        if (heading.section() == Heading.Section.UNKNOWN) {
            warnings.add(Warnings.UNKNOWN_SECTION, line.number(),
                    "Mục " + Warnings.quote(line.stripped())
                            + " không thuộc cấu trúc kế hoạch; các dòng của mục được giữ trong cảnh báo",
                    "section not part of the plan structure; its lines are kept in warnings");
        }
        if (!heading.text().isEmpty()) {
            place(new SourceLine(line.number(), heading.text()));
        }
    }

    private void place(SourceLine line) {
        String text = line.stripped();
        if (state == State.PREAMBLE && Bases.isBasis(text)) {
            basis(line);
            return;
        }
        yearChecked.add(line);
        switch (state) {
            case PREAMBLE -> occasions.add(text);
            case PURPOSES_AND_REQUIREMENTS -> {
                if (!unsplitReported) {
                    unsplitReported = true;
                    warnings.add(Warnings.UNSPLIT_PURPOSES, line.number(),
                            "Mục đích, yêu cầu không tách thành hai phần; các đoạn được xếp vào Mục đích",
                            "purposes and requirements are not separated; the paragraphs are read as purposes");
                }
                purposes.accept(line);
            }
            case PURPOSES -> purposes.accept(line);
            case REQUIREMENTS -> requirements.accept(line);
            case CONTENTS -> item(contents, line);
            case MEASURES -> item(measures, line);
            case RESPONSIBILITIES -> item(responsibilities, line);
            default -> unrecognised(line);
        }
    }

    private void basis(SourceLine line) {
        Basis basis = Bases.read(line.stripped(), line.number(), warnings);
        bases.add(basis);
        if (basis.documentNumber() != null && !context.knownDocument().test(basis.documentNumber())) {
            warnings.add(Warnings.UNKNOWN_BASIS_DOCUMENT, line.number(),
                    "Văn bản căn cứ số " + basis.documentNumber() + " chưa có trong hệ thống",
                    "the basis document " + basis.documentNumber() + " is not in the system");
        }
    }

    private void item(ItemList list, SourceLine line) {
        if (!list.accept(line)) {
            unrecognised(line);
        }
    }

    private void unrecognised(SourceLine line) {
        warnings.add(Warnings.UNRECOGNISED_TEXT, line.number(),
                "Không xếp được đoạn này vào phần nào của kế hoạch, nội dung được giữ ở đây: "
                        + Warnings.quote(line.stripped()),
                "text not placed in the plan structure, kept here");
    }

    private List<Responsibility> responsibilities() {
        List<Responsibility> result = new ArrayList<>();
        for (ItemList.Item item : responsibilities.items()) {
            Roles.Split split = Roles.split(item.lines.get(0));
            List<String> duties = new ArrayList<>();
            if (!split.rest().isEmpty()) {
                duties.add(split.rest());
            }
            duties.addAll(item.lines.subList(1, item.lines.size()));
            if (split.role() == null) {
                warnings.add(Warnings.NO_ROLE, item.line,
                        "Không nhận ra ai thực hiện (chức danh, bộ phận) ở đầu mục này",
                        "no role recognised at the start of this responsibility");
            }
            result.add(new Responsibility(item.number, split.role(), String.join("\n", duties)));
        }
        return List.copyOf(result);
    }

    private static List<NumberedItem> numbered(ItemList list) {
        return list.items().stream().map(item -> new NumberedItem(item.number, item.text())).toList();
    }

    /** From the title; failing that the document date, then the caller's year. */
    private Years.PlanYear planYear() {
        Years.PlanYear year = title == null ? null : Years.fromTitle(title);
        if (year == null && header.documentDate() != null) {
            year = new Years.PlanYear(header.documentDate().getYear(), false);
        }
        if (year != null && context.year() != null && !agrees(year, context.year())) {
            warnings.add(Warnings.CONTEXT_YEAR_MISMATCH, titleLine,
                    "Kế hoạch ghi năm " + year.written() + ", khác năm đang chọn " + context.year(),
                    "the document's year differs from the selected year");
        }
        if (year == null && context.year() != null) {
            year = new Years.PlanYear(context.year(), false);
        }
        if (year == null) {
            warnings.add(Warnings.NO_YEAR, null, "Không xác định được năm của kế hoạch",
                    "the plan's year could not be determined");
            return null;
        }
        for (SourceLine line : yearChecked) {
            Years.check(line, year, warnings);
        }
        return year;
    }

    /**
     * The caller's year may be a calendar year or the first year of a school year, so a calendar-year plan agrees
     * with it when it falls in either reading (plan 2023 with hint 2022: school year 2022-2023).
     */
    private static boolean agrees(Years.PlanYear year, int hint) {
        return year.year() == hint || !year.schoolYear() && year.year() == hint + 1;
    }

    private void checkSections() {
        Numbering.check(contents, "Nội dung thi đua", "Contents", warnings);
        Numbering.check(measures, "Giải pháp", "Measures", warnings);
        Numbering.check(responsibilities, "Tổ chức thực hiện", "Responsibilities", warnings);
        if (contents.items().isEmpty()) {
            warnings.add(Warnings.NO_CONTENTS, null,
                    "Không thấy nội dung thi đua được đánh số; cần có để làm tiêu chí đánh giá",
                    "no numbered emulation contents; they are needed as evaluation criteria");
        }
        missing(purposes, "Mục đích", "Purposes");
        missing(requirements, "Yêu cầu", "Requirements");
        missing(measures, "Giải pháp thực hiện", "Measures");
        missing(responsibilities, "Tổ chức thực hiện", "Responsibilities");
    }

    private void missing(ItemList list, String section, String english) {
        if (list.items().isEmpty()) {
            warnings.add(Warnings.MISSING_SECTION, null, "Không thấy phần " + Warnings.quote(section),
                    "no " + english + " section");
        }
    }
}
