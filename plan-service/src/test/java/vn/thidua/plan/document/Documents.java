package vn.thidua.plan.document;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Test documents from src/test/resources/documents and helpers to look at warnings. */
final class Documents {

    static final String TRAM_CHIM_2 = "ke-hoach-thi-dua-2023-tram-chim-2.txt";
    static final String DISTRICT_OFFICE = "ke-hoach-thi-dua-pgddt-tam-nong-2023-2024.txt";
    static final String SECONDARY_SCHOOL = "ke-hoach-thi-dua-thcs-tram-chim-2024-2025.txt";

    /** Knows every document, so that only the warnings under test appear. */
    static final ImportContext ANY = new ImportContext(null, null, number -> true);

    private Documents() {
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = Documents.class.getResourceAsStream("/documents/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportContext knowing(String... numbers) {
        return new ImportContext(null, null, Set.of(numbers)::contains);
    }

    static List<ImportWarning> withCode(ImportResult result, String code) {
        return result.warnings().stream().filter(warning -> warning.code().equals(code)).toList();
    }

    static List<String> codes(ImportResult result) {
        return result.warnings().stream().map(ImportWarning::code).toList();
    }

    /** 1-based line of the first line of the text that contains the fragment. */
    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("not in the text: " + fragment);
    }
}
