package org.childmaintenance.identity;

import java.time.Duration;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.RequestInfo;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits on requests that make us send e-mail (registration, forgotten password): per client address
 * and per recipient, across all nodes, so nobody can use the portal to flood a person's inbox. The
 * recipient is counted whether or not it has an account, so the answer reveals nothing. Requests
 * made without an HTTP request (server-side set-up) have no client address and are limited only per
 * recipient.
 */
@Component
class MailRequestLimits {
    private static final Duration WINDOW = Duration.ofHours(1);
    private final RateLimits limits;
    private final AuditService audit;
    private final int perAddress;
    private final int perRecipient;

    MailRequestLimits(RateLimits limits, AuditService audit,
                      @Value("${portal.security.mail-requests.per-address-per-hour:20}") int perAddress,
                      @Value("${portal.security.mail-requests.per-recipient-per-hour:3}") int perRecipient) {
        this.limits = limits;
        this.audit = audit;
        this.perAddress = perAddress;
        this.perRecipient = perRecipient;
    }

    /** Counts one request; throws a field error on "email" when a limit is exceeded. */
    void check(String flow, String normalisedEmail) {
        String address = RequestInfo.clientAddress();
        if (!"internal".equals(address)) {
            RateLimits.Decision byAddress = limits.acquire("mail-request:address:" + address, perAddress, WINDOW);
            if (!byAddress.allowed()) {
                if (byAddress.firstRefusal()) {
                    audit.recordSecurityEvent("MAIL_REQUESTS_RATE_LIMITED", null, "address " + address, flow);
                }
                throw new UserFacingException("error.form", List.of(new FieldError("email", "error.requests.tooMany")));
            }
        }
        RateLimits.Decision byRecipient = limits.acquire("mail-request:recipient:" + normalisedEmail, perRecipient, WINDOW);
        if (!byRecipient.allowed()) {
            if (byRecipient.firstRefusal()) {
                audit.recordSecurityEvent("MAIL_REQUESTS_RATE_LIMITED", null, "recipient limit", flow);
            }
            throw new UserFacingException("error.form", List.of(new FieldError("email", "error.requests.tooManyForEmail")));
        }
    }
}
