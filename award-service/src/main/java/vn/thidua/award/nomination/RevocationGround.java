package vn.thidua.award.nomination;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Căn cứ hủy bỏ quyết định khen thưởng: the grounds of Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2, as codes.
 * Read in a secondary source only (the tag), so every ground says "cần đối chiếu".
 */
public enum RevocationGround {
    FALSE_DECLARATION("Gian dối trong việc kê khai thành tích"),
    FORGED_DOCUMENTS("Làm giả hồ sơ, giấy tờ để được khen thưởng"),
    WRONGFUL_APPRAISAL("Cơ quan, người có thẩm quyền xác nhận, thẩm định, đề nghị khen thưởng sai"),
    LATER_VIOLATION("Phát hiện vi phạm pháp luật sau khi được khen thưởng, thuộc trường hợp không được khen thưởng");

    public static final String SOURCE = "Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2 [secondary]";
    public static final boolean VERIFIED = false;

    public final String label;

    RevocationGround(String label) {
        this.label = label;
    }

    static Optional<RevocationGround> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.name().equals(key)).findFirst();
    }

    /** "FALSE_DECLARATION (Gian dối …), …" for messages. */
    static String choices() {
        return Arrays.stream(values()).map(g -> g.name() + " (" + g.label + ")").collect(Collectors.joining(", "));
    }
}
