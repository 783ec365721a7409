package org.childmaintenance.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Exit this page": ends the session and sends the browser to a neutral site (303, so the
 * exit itself is not kept as a page to go back to).
 */
@RestController
class SafetyExitController {
    static final String NEUTRAL_SITE = "https://www.bbc.co.uk/weather";

    @GetMapping("/exit")
    ResponseEntity<Void> exit(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, NEUTRAL_SITE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"")
                .build();
    }
}
