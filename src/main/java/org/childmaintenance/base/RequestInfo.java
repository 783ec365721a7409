package org.childmaintenance.base;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The HTTP request being served, if any (Vaadin requests pass Spring's RequestContextFilter too). */
public final class RequestInfo {
    private RequestInfo() {
    }

    public static Optional<HttpServletRequest> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return Optional.of(attrs.getRequest());
        }
        return Optional.empty();
    }

    /** The client address as the servlet container sees it (behind a proxy, configure forward headers). */
    public static String clientAddress() {
        return current().map(HttpServletRequest::getRemoteAddr).orElse("internal");
    }
}
