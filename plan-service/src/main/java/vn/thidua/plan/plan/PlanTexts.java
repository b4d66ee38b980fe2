package vn.thidua.plan.plan;

import vn.thidua.plan.document.PlanDocument;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Text derived from a plan document. */
final class PlanTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private PlanTexts() {
    }

    /** All the document's text in one lower-cased string, so search finds words in any section. */
    static String searchable(PlanDocument d) {
        Stream<String> parts = Stream.of(
                Stream.of(d.issuingBody(), d.unitName(), d.documentNumber(), d.kind(), d.title(), d.closing()),
                d.bases() == null ? Stream.<String>empty() : d.bases().stream().map(PlanDocument.Basis::text),
                stream(d.occasions()), stream(d.purposes()), stream(d.requirements()),
                d.contents() == null ? Stream.<String>empty() : d.contents().stream().map(PlanDocument.NumberedItem::text),
                d.measures() == null ? Stream.<String>empty() : d.measures().stream().map(PlanDocument.NumberedItem::text),
                d.responsibilities() == null ? Stream.<String>empty()
                        : d.responsibilities().stream().map(r -> r.role() + " " + r.duties()),
                d.recipients() == null ? Stream.<String>empty() : d.recipients().stream().map(PlanDocument.Recipient::name),
                d.signer() == null ? Stream.<String>empty() : Stream.of(d.signer().title(), d.signer().name()))
                .flatMap(s -> s);
        return lower(parts.filter(Objects::nonNull).collect(Collectors.joining("\n")));
    }

    static String lower(String text) {
        return text.toLowerCase(VIETNAMESE);
    }

    private static Stream<String> stream(java.util.List<String> texts) {
        return texts == null ? Stream.empty() : texts.stream();
    }
}
