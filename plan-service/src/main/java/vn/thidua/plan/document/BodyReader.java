package vn.thidua.plan.document;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.plan.document.PlanDocument.Basis;
import vn.thidua.plan.document.PlanDocument.NumberedItem;
import vn.thidua.plan.document.PlanDocument.Responsibility;

/**
 * The body of a plan, between the title and the signature block: a small state machine driven by section
 * headings places every line in a section (bases and occasions before the first heading, purposes,
 * requirements, contents, measures, responsibilities, the closing). What fits nowhere is kept in a warning.
 */
final class BodyReader {

    private enum State {
        PREAMBLE, PURPOSES_AND_REQUIREMENTS, PURPOSES, REQUIREMENTS, CONTENTS, MEASURES, RESPONSIBILITIES, UNKNOWN,
        CLOSING
    }

    private final ImportContext context;
    private final Warnings warnings;
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

    BodyReader(ImportContext context, Warnings warnings) {
        this.context = context;
        this.warnings = warnings;
    }

    void read(SourceLine line) {
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

    List<Basis> bases() {
        return List.copyOf(bases);
    }

    List<String> occasions() {
        return List.copyOf(occasions);
    }

    List<String> purposes() {
        return purposes.texts();
    }

    List<String> requirements() {
        return requirements.texts();
    }

    List<NumberedItem> contents() {
        return numbered(contents);
    }

    List<NumberedItem> measures() {
        return numbered(measures);
    }

    /** The closing paragraph ("Trên đây là kế hoạch…"), or null. */
    String closing() {
        return closing.isEmpty() ? null : String.join("\n", closing);
    }

    /** The lines whose years are checked against the plan's year. */
    List<SourceLine> yearChecked() {
        return yearChecked;
    }

    /** The responsibilities, each split into role and duties; warns for those without a recognisable role. */
    List<Responsibility> responsibilities() {
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

    /** Numbering gaps and the sections a plan should have but this one lacks. */
    void checkSections() {
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

    private void missing(ItemList list, String section, String english) {
        if (list.items().isEmpty()) {
            warnings.add(Warnings.MISSING_SECTION, null, "Không thấy phần " + Warnings.quote(section),
                    "no " + english + " section");
        }
    }

    private static List<NumberedItem> numbered(ItemList list) {
        return list.items().stream().map(item -> new NumberedItem(item.number, item.text())).toList();
    }
}
