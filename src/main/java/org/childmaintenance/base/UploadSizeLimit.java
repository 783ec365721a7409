package org.childmaintenance.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Server-side size limit for Vaadin uploads (the Upload component's max size is only checked in the
 * browser): a declared body over the limit is refused with 413 before it is read, and a body without
 * a length stops with an error once it passes the limit. Property {@code portal.uploads.max-request-bytes}:
 * just above {@link UploadedFiles#MAX_BYTES}, the largest file the upload component accepts.
 */
@Configuration
class UploadSizeLimit {

    /** Where Vaadin's upload handlers receive files. */
    static final String UPLOAD_PATH = "/VAADIN/dynamic/resource/*";

    @Bean
    FilterRegistrationBean<Filter> uploadSizeLimitFilter(
            @Value("${portal.uploads.max-request-bytes:10551296}") long maxBytes) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(maxBytes));
        registration.addUrlPatterns(UPLOAD_PATH);
        registration.setName("uploadSizeLimitFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Refuses or cuts off request bodies over the limit. */
    static final class Filter extends OncePerRequestFilter {
        private final long maxBytes;

        Filter(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBytes) {
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The file is too large");
                return;
            }
            chain.doFilter(new Capped(request, maxBytes), response);
        }
    }

    /** A request whose body stream fails once more than the limit has been read. */
    static final class Capped extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream capped;

        Capped(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                ServletInputStream in = super.getInputStream();
                capped = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            throw new IOException("Upload larger than " + maxBytes + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return capped;
        }
    }
}
