package vn.thidua.plan.document;

import java.util.List;
import vn.thidua.plan.document.PlanDocument.Responsibility;
import vn.thidua.plan.document.PlanDocument.Signer;

/**
 * Turns the lines of a plan into a {@link PlanDocument}, shared by the text and .docx importers. The document is
 * read in four parts: the header up to the kind line ("KẾ HOẠCH", {@link HeaderReader}), the title under it
 * ({@link TitleReader}), the body ({@link BodyReader}, a small state machine driven by section headings) and the
 * block from "Nơi nhận:" or the signer's title on ({@link SignatureReader}); then the plan's year is settled and
 * checked. Text is never changed; what does not fit is reported in a warning with its text.
 */
final class PlanParser {

    private final ImportContext context;
    private final Warnings warnings = new Warnings();
    private final HeaderReader header = new HeaderReader(warnings);
    private final TitleReader title = new TitleReader(warnings);
    private final BodyReader body;
    private final SignatureReader signature = new SignatureReader(warnings);

    private PlanParser(ImportContext context) {
        this.context = context;
        this.body = new BodyReader(context, warnings);
    }

    static ImportResult parse(List<SourceLine> lines, ImportContext context) {
        return new PlanParser(context).read(lines);
    }

    private ImportResult read(List<SourceLine> lines) {
        int kindIndex = TitleReader.findKind(lines);
        int bodyStart;
        if (kindIndex >= 0) {
            lines.subList(0, kindIndex).forEach(header::read);
            bodyStart = title.read(lines, kindIndex);
        } else {
            bodyStart = 0;
            while (bodyStart < lines.size() && TitleReader.isHeaderLine(lines.get(bodyStart))) {
                header.read(lines.get(bodyStart++));
            }
            title.missing();
        }
        int blockStart = bodyStart;
        while (blockStart < lines.size() && !SignatureReader.opensBlock(lines.get(blockStart).text())) {
            blockStart++;
        }
        lines.subList(bodyStart, blockStart).forEach(body::read);
        lines.subList(blockStart, lines.size()).forEach(signature::read);
        header.finish(context);
        Signer signer = signature.signer();
        signature.finish(signer);
        List<Responsibility> roles = body.responsibilities();
        Years.PlanYear year = planYear();
        body.checkSections();
        return new ImportResult(new PlanDocument(header.issuingBody(), header.unitName(), header.documentNumber(),
                header.place(), header.documentDate(), title.kind(), title.title(), year == null ? null : year.year(),
                body.bases(), body.occasions(), body.purposes(), body.requirements(),
                body.contents(), body.measures(), roles, body.closing(), signature.recipients(), signer),
                warnings.list(), year != null && year.schoolYear() ? year.written() : null);
    }

    /**
     * From the title ("năm học 2024 - 2025" or "năm 2024"); for a title naming no year, the one school
     * year the body names; failing that the document date, then the caller's year.
     */
    private Years.PlanYear planYear() {
        Years.PlanYear year = title.title() == null ? null : Years.fromTitle(title.title());
        warnNotConsecutive();
        if (year == null) {
            year = Years.fromBody(body.yearChecked());
        }
        if (year == null && header.documentDate() != null) {
            year = new Years.PlanYear(header.documentDate().getYear(), false);
        }
        if (year != null && context.year() != null && !agrees(year, context.year())) {
            warnings.add(Warnings.CONTEXT_YEAR_MISMATCH, title.titleLine(),
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
        for (SourceLine line : body.yearChecked()) {
            Years.check(line, year, warnings);
        }
        return year;
    }

    /** A "năm học" whose two years do not follow each other is no school year: said, never guessed. */
    private void warnNotConsecutive() {
        List<SourceLine> lines = new java.util.ArrayList<>();
        if (title.title() != null) {
            lines.add(new SourceLine(title.titleLine() == null ? 0 : title.titleLine(), title.title()));
        }
        lines.addAll(body.yearChecked());
        for (SourceLine line : lines) {
            String phrase = Years.notConsecutive(line.text());
            if (phrase != null) {
                warnings.add(Warnings.SCHOOL_YEAR_NOT_CONSECUTIVE, line.number() == 0 ? null : line.number(),
                        Warnings.quote(phrase) + " không phải một năm học (hai năm không liền nhau)",
                        "not a school year: the two years are not consecutive");
            }
        }
    }

    /**
     * The caller's year may be a calendar year or the first year of a school year, so a calendar-year plan agrees
     * with it when it falls in either reading (plan 2023 with hint 2022: school year 2022-2023).
     */
    private static boolean agrees(Years.PlanYear year, int hint) {
        return year.year() == hint || !year.schoolYear() && year.year() == hint + 1;
    }
}
