package vn.thidua.platform.webhook;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class UrlAllowlistTest {

    private final UrlAllowlist allowlist = new UrlAllowlist(List.of(
            "https://qlkt.dongthap.gov.vn/thidua/", "http://127.0.0.1:*/hooks/"));

    @Test
    void urlsUnderAnEntryAreAllowed() {
        assertNull(allowlist.refusal("https://qlkt.dongthap.gov.vn/thidua/webhook"));
        assertNull(allowlist.refusal("https://QLKT.dongthap.gov.vn:443/thidua/x?y=1"));
        assertNull(allowlist.refusal("http://127.0.0.1:41234/hooks/a"));
    }

    @Test
    void everythingElseIsRefused() {
        for (String url : new String[] {
                "https://qlkt.dongthap.gov.vn/other", // another path
                "https://qlkt.dongthap.gov.vn:8443/thidua/", // another port
                "http://qlkt.dongthap.gov.vn/thidua/", // another scheme
                "https://qlkt.dongthap.gov.vn.evil.example/thidua/", // another host
                "https://user@qlkt.dongthap.gov.vn/thidua/", // user info
                "https://qlkt.dongthap.gov.vn/thidua/../admin", // climbing out
                "http://169.254.169.254/latest/meta-data/", "http://localhost:8083/hooks/", "http://127.0.0.1:9/other/",
                "file:///etc/passwd", "ftp://127.0.0.1/hooks/", "/hooks/relative", "http://[::1]/hooks/", "", " ",
                "http://127.0.0.1:80/hooks/#fragment", "not a url"}) {
            assertNotNull(allowlist.refusal(url), url);
        }
        assertNotNull(new UrlAllowlist(List.of()).refusal("https://qlkt.dongthap.gov.vn/thidua/"), "empty allowlist");
    }
}
