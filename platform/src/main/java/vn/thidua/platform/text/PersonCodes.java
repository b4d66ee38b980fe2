package vn.thidua.platform.text;

/**
 * A person's code (số định danh cá nhân / CCCD, or mã số viên chức) as readers who may not see it whole get it: the
 * staff API for the council, group leaders and school software, and the event feed for everyone (a dashboard has
 * no need of identity numbers; the staff API gives them to those who may read them).
 */
public final class PersonCodes {

    private PersonCodes() {
    }

    /** All but the last three characters as '*' (a code of three or fewer wholly); null stays null. */
    public static String mask(String code) {
        if (code == null) {
            return null;
        }
        int kept = code.length() > 3 ? 3 : 0;
        return "*".repeat(code.length() - kept) + code.substring(code.length() - kept);
    }
}
