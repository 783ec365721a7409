package org.childmaintenance.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The language switch ("English | Cymraeg") and which language a request is served in. The switch is a
 * plain link to the same page with {@code ?lang=cy} (works before any script runs): this filter remembers
 * the choice in a cookie for a visitor and on the account for a signed-in person, then sends the browser
 * back to the page without the parameter (303), so the page is drawn afresh in that language. A request's
 * language is the signed-in person's choice, else the cookie's, else English. Runs after Spring Security
 * (it needs the signed-in person).
 */
@Component
public class LanguageChoice extends OncePerRequestFilter {
    public static final String COOKIE = "portal-lang";
    public static final String PARAMETER = "lang";
    /** A year: the choice outlives the session (it is not personal data, only "en" or "cy"). */
    static final int COOKIE_SECONDS = 365 * 24 * 3600;
    private final ObjectProvider<LanguagePreferences> preferences;

    public LanguageChoice(ObjectProvider<LanguagePreferences> preferences) {
        this.preferences = preferences;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Language> switchTo = "GET".equals(request.getMethod())
                ? Language.fromCode(request.getParameter(PARAMETER)) : Optional.empty();
        if (switchTo.isPresent()) {
            choose(switchTo.get(), request, response);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", withoutLanguageParameter(request));
            return;
        }
        Texts.setRequestLanguage(() -> languageOf(request));
        try {
            chain.doFilter(request, response);
        } finally {
            Texts.setRequestLanguage(null);
        }
    }

    /** Remembers a choice: always in the cookie, and on the account when someone is signed in. */
    public void choose(Language language, HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(language, request.isSecure()));
        if (signedIn()) {
            LanguagePreferences p = preferences.getIfAvailable();
            if (p != null) {
                p.rememberForCurrentUser(language);
            }
        }
    }

    /** The language a request is served in: the signed-in person's choice, else the visitor's cookie, else English. */
    public Language languageOf(@Nullable HttpServletRequest request) {
        Optional<Language> account = accountLanguage();
        if (account.isPresent()) {
            return account.get();
        }
        return cookieLanguage(request).orElse(Language.ENGLISH);
    }

    /** The visitor's choice kept in the cookie, if any. */
    public static Optional<Language> cookieLanguage(@Nullable HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }

    private Optional<Language> accountLanguage() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        LanguagePreferences p = preferences.getIfAvailable();
        if (p == null || auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof PortalPrincipal who)) {
            return Optional.empty();
        }
        return p.ofAccount(who.accountId());
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PortalPrincipal;
    }

    /** The cookie that keeps a visitor's choice for a year. */
    public static Cookie cookie(Language language, boolean secure) {
        Cookie c = new Cookie(COOKIE, language.code());
        c.setPath("/");
        c.setMaxAge(COOKIE_SECONDS);
        c.setHttpOnly(true);
        c.setSecure(secure);
        c.setAttribute("SameSite", "Lax");
        return c;
    }

    /** The same page (path and other parameters) without {@code lang}: the redirect never leaves the portal. */
    static String withoutLanguageParameter(HttpServletRequest request) {
        String path = request.getRequestURI();
        String rest = request.getParameterMap().entrySet().stream()
                .filter(e -> !PARAMETER.equals(e.getKey()))
                .flatMap(e -> Arrays.stream(e.getValue()).map(v -> enc(e.getKey()) + (v.isEmpty() ? "" : "=" + enc(v))))
                .collect(Collectors.joining("&"));
        // Only a path of our own: never "//host" (a protocol-relative URL would leave the portal).
        String safePath = path == null || !path.startsWith("/") || path.startsWith("//") ? "/" : path;
        return rest.isEmpty() ? safePath : safePath + "?" + rest;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
