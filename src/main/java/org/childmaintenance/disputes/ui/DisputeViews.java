package org.childmaintenance.disputes.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.childmaintenance.base.DisplayFormats;

/** Small shared pieces of the disputes pages: dates, route parameters, refusing other people's cases. */
final class DisputeViews {
    static final String TRIBUNAL_GUIDANCE = "https://www.gov.uk/appeal-benefit-decision";
    static final String ICE_GUIDANCE = "https://www.gov.uk/government/organisations/independent-case-examiner";

    private DisputeViews() {
    }

    static String date(@Nullable LocalDate d) {
        return d == null ? "" : DisplayFormats.date(d);
    }

    static String date(java.time.@Nullable Instant at) {
        return at == null ? "" : DisplayFormats.date(LocalDate.ofInstant(at, ZoneId.of("Europe/London")));
    }

    static long id(BeforeEnterEvent event, String name) {
        try {
            return Long.parseLong(event.getRouteParameters().get(name).orElseThrow());
        } catch (RuntimeException e) {
            throw new NotFoundException();
        }
    }

    static @Nullable Long optionalId(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).isPresent() ? id(event, name) : null;
    }

    /** Runs a page's loading; another person's case or record shows the "You cannot see this page" page. */
    static boolean load(BeforeEnterEvent event, Runnable loading) {
        try {
            loading.run();
            return true;
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return false;
        }
    }
}
