package dev.integrations.http.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Hides a malformed {@code Content-Type} from JAX-RS, which would otherwise parse it before any of
 * this application's code runs and answer with a bare 400, before authentication. The raw value is
 * kept as a request attribute; {@link ContentTypeFilter} answers it after the key has been checked.
 */
@WebFilter("/api/*")
public class MalformedContentTypeFilter extends HttpFilter {

    static final String MALFORMED = MalformedContentTypeFilter.class.getName() + ".malformed";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || isMediaType(contentType)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(MALFORMED, contentType);
        chain.doFilter(new WithoutContentType(request), response);
    }

    private static boolean isMediaType(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static final class WithoutContentType extends HttpServletRequestWrapper {

        WithoutContentType(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(
                    Collections.list(super.getHeaderNames()).stream()
                            .filter(name -> !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name))
                            .toList());
        }
    }
}
