package vn.thidua.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body limit ({@code quarkus.http.limits.max-body-size}) for bodies without a Content-Length (chunked), which
 * {@link HttpLayer} cannot check up front. Quarkus REST's own check ends the response with an empty 413 while the
 * request is still being handled, so the exception it throws then meets a response already written (a
 * server-side ERROR). {@link HttpLayer} turns that check off; this counts the bytes as they are read and
 * answers 413 with problem details, through the mappers, before anything else was written.
 */
@Provider
@Priority(1000) // before every other reader interceptor, so they read the counted stream
public class ChunkedBodyLimit implements ReaderInterceptor {

    // Quarkus' own default (10240K) when a service does not set the limit: without it a 70 MB chunked upload was
    // read whole into a 256 MB heap (OutOfMemoryError, found by the fuzz test on evaluation and award imports).
    static final long QUARKUS_DEFAULT = 10240L * 1024;

    private final long limit = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
            .map(MemorySize::asLongValue).orElse(QUARKUS_DEFAULT);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Counted(context.getInputStream(), limit));
        return context.proceed();
    }

    static ProblemException tooLarge(long limit) {
        return HttpProblems.of(413, "Nội dung gửi lên vượt quá " + limit + " byte (the request body is over "
                + limit + " bytes)");
    }

    /** Fails the read that passes the limit; nothing beyond it is read into memory. */
    static final class Counted extends FilterInputStream {

        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
