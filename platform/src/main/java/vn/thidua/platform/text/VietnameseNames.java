package vn.thidua.platform.text;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese ordering of person names: by given name (the last word), then by the family and
 * middle names, with the JDK's Vietnamese collation (A &lt; Ă &lt; Â, D &lt; Đ, O &lt; Ô &lt; Ơ).
 */
public final class VietnameseNames {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Compares full names such as "Lê Văn Định" by "Định", then "Lê Văn". */
    public static final Comparator<String> BY_GIVEN_NAME = (a, b) -> {
        Collator collator = collator();
        String[] left = split(a);
        String[] right = split(b);
        int byGiven = collator.compare(left[1], right[1]);
        return byGiven != 0 ? byGiven : collator.compare(left[0], right[0]);
    };

    private VietnameseNames() {
    }

    /** A new collator per use: {@link Collator} instances are not thread-safe. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** Splits into {rest, given name}. */
    static String[] split(String fullName) {
        String name = Normalizer.normalize(fullName == null ? "" : fullName.strip(), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ");
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {"", name} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }
}
