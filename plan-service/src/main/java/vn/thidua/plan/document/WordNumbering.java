package vn.thidua.plan.document;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * The number a reader sees in front of a paragraph with Word's automatic numbering, rebuilt from numbering.xml
 * with one counter per list (numId) and level, in document order.
 *
 * <p>Supported: numbering set on the paragraph or inherited from its paragraph style; level text with %1…%9;
 * formats decimal ("1."), decimalZero ("01"), lowerLetter ("a)"), upperLetter, lowerRoman, upperRoman ("I."),
 * bullet (the bullet character, Symbol/Wingdings private-use bullets shown as "•", "o" as "◦") and none; start
 * values and start overrides; deeper levels restart when a higher level advances. Not supported: other formats
 * (ordinal, text, East Asian counting — shown as decimal), lvlRestart, isLgl, numbering continued across list
 * instances that share an abstract list, and numbering in fields or text boxes.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;
    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label ("1.", "a)", "•") the paragraph shows, or null when it is not numbered. */
    String label(XWPFParagraph paragraph) {
        if (numbering == null) {
            return null;
        }
        BigInteger numId = paragraph.getNumID();
        BigInteger ilvl = paragraph.getNumIlvl();
        if (numId == null) {
            CTNumPr inherited = styleNumbering(paragraph.getStyleID());
            if (inherited == null || inherited.getNumId() == null) {
                return null;
            }
            numId = inherited.getNumId().getVal();
            ilvl = inherited.getIlvl() == null ? null : inherited.getIlvl().getVal();
        }
        int level = ilvl == null ? 0 : Math.min(ilvl.intValue(), LEVELS - 1);
        XWPFNum num = BigInteger.ZERO.equals(numId) ? null : numbering.getNum(numId);
        if (num == null) {
            return null;
        }
        CTLvl[] levels = levels(num);
        if (levels[level] == null) {
            return null;
        }
        int[] count = counters.computeIfAbsent(numId, id -> {
            int[] fresh = new int[LEVELS];
            Arrays.fill(fresh, UNSET);
            return fresh;
        });
        count[level] = count[level] == UNSET ? start(num, levels, level) : count[level] + 1;
        Arrays.fill(count, level + 1, LEVELS, UNSET);
        return format(levels, count, level, num);
    }

    private CTNumPr styleNumbering(String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && styles != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                return style.getCTStyle().getPPr().getNumPr();
            }
            id = style.getBasisStyleID();
        }
        return null;
    }

    /** The levels of a list: the abstract list's, replaced by the list's own level overrides. */
    private CTLvl[] levels(XWPFNum num) {
        CTLvl[] levels = new CTLvl[LEVELS];
        if (num.getCTNum().getAbstractNumId() != null) {
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            CTAbstractNum definition = abstractNum == null ? null : abstractNum.getCTAbstractNum();
            if (definition != null) {
                for (CTLvl lvl : definition.getLvlArray()) {
                    put(levels, lvl.getIlvl(), lvl);
                }
            }
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.isSetLvl()) {
                put(levels, override.getIlvl(), override.getLvl());
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, BigInteger ilvl, CTLvl lvl) {
        int index = ilvl == null ? 0 : ilvl.intValue();
        if (index >= 0 && index < LEVELS) {
            levels[index] = lvl;
        }
    }

    /** Word's default start is 0 when a level names none. */
    private static int start(XWPFNum num, CTLvl[] levels, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            BigInteger ilvl = override.getIlvl();
            if ((ilvl == null ? 0 : ilvl.intValue()) == level && override.isSetStartOverride()) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        CTLvl lvl = levels[level];
        return lvl != null && lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 0;
    }

    private static String format(CTLvl[] levels, int[] count, int level, XWPFNum num) {
        CTLvl lvl = levels[level];
        String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
        if ("bullet".equals(numberFormat(lvl))) {
            return bullet(text);
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(++i) - '1';
                int value = count[referenced] == UNSET ? start(num, levels, referenced) : count[referenced];
                label.append(number(value, levels[referenced] == null ? "decimal" : numberFormat(levels[referenced])));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private static String numberFormat(CTLvl lvl) {
        return lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null ? lvl.getNumFmt().getVal().toString() : "decimal";
    }

    private static String number(int value, String format) {
        return switch (format) {
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : String.valueOf(value);
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "none" -> "";
            default -> String.valueOf(value);
        };
    }

    /** Word's lettering: a…z, then aa…zz, bbb…. */
    private static String letters(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(symbols[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }

    /** Symbol and Wingdings bullets are private-use characters that mean nothing outside their font. */
    private static String bullet(String text) {
        if (text.isEmpty()) {
            return "•";
        }
        char c = text.charAt(0);
        if (c == '\uF02D') {
            return "-";
        }
        if (c >= '\uF000' && c <= '\uF0FF') {
            return "•";
        }
        return c == 'o' ? "◦" : text;
    }
}
