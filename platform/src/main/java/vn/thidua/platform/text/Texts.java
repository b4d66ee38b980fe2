package vn.thidua.platform.text;

import java.text.Normalizer;

/** Text as stored: Vietnamese kept exactly as given, only normalised to NFC so equal text compares equal. */
public final class Texts {

    private Texts() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
