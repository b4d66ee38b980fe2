package vn.thidua.platform.text;

import jakarta.ws.rs.core.MediaType;
import vn.thidua.platform.problem.JsonControlCharacters;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Normalises every JSON request body to NFC before it is read, so Vietnamese typed with combining
 * marks (common from some keyboards and Word) is stored and compared like precomposed text. Only
 * the Unicode form changes; JSON syntax is ASCII and unaffected. A body holding a control character in
 * a key or string is refused here, naming the field ({@link JsonControlCharacters}).
 */
@Provider
public class NfcJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            String body = Texts.nfc(new String(context.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            JsonControlCharacters.refuse(body);
            context.setInputStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        return context.proceed();
    }
}
