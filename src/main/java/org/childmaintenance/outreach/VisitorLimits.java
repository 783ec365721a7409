package org.childmaintenance.outreach;

import java.time.Duration;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.RequestInfo;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.identity.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Visitors who are not signed in may ask for help only a few times an hour per client address (and an
 * e-mail address gets only a few of our e-mails an hour), across all nodes through identity's
 * {@link RateLimits}, so nobody can fill the Options queue or someone's inbox. Signed-in parents are not
 * limited here. Requests without an HTTP request (server-side set-up) have no client address.
 */
@Component
class VisitorLimits {
    private static final Duration WINDOW = Duration.ofHours(1);
    private final RateLimits limits;
    private final AuditService audit;
    private final int perAddress;
    private final int perRecipient;

    VisitorLimits(RateLimits limits, AuditService audit,
                  @Value("${portal.outreach.visitor-requests-per-address-per-hour:5}") int perAddress,
                  @Value("${portal.outreach.visitor-mails-per-recipient-per-hour:3}") int perRecipient) {
        this.limits = limits;
        this.audit = audit;
        this.perAddress = perAddress;
        this.perRecipient = perRecipient;
    }

    /** Counts one visitor request; refuses it (a page-level message) once a limit is reached. */
    void check(boolean visitor, @Nullable String email) {
        if (!visitor) {
            return;
        }
        String address = RequestInfo.clientAddress();
        if (!"internal".equals(address)) {
            RateLimits.Decision byAddress = limits.acquire("outreach:address:" + address, perAddress, WINDOW);
            if (!byAddress.allowed()) {
                if (byAddress.firstRefusal()) {
                    audit.recordSecurityEvent("HELP_REQUESTS_RATE_LIMITED", null, "address " + address, "outreach");
                }
                throw new UserFacingException("outreach.error.tooMany");
            }
        }
        if (email != null) {
            RateLimits.Decision byRecipient = limits.acquire("outreach:recipient:" + email, perRecipient, WINDOW);
            if (!byRecipient.allowed()) {
                throw new UserFacingException("outreach.error.tooManyForEmail");
            }
        }
    }
}
