package org.childmaintenance.identity;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.List;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.TestAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helper: a parent account with two-step sign-in turned on, and codes for it. */
final class TwoStepTestSupport {
    record Enrolled(long id, String email, String password, String secret, List<String> recoveryCodes) {
    }

    private TwoStepTestSupport() {
    }

    static Enrolled enrol(IdentityService identity, MutableClock clock, String prefix) throws Exception {
        String email = TestAccounts.uniqueEmail(prefix);
        String password = "amber-lantern-quarry-" + prefix;
        long id = identity.provisionAccount(AccountKind.PARENT, email, "Two Step", password, null, null);
        PortalUser user = identity.reload(id);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        try {
            String secret = identity.startTwoFactorSetup().secret();
            List<String> recovery = identity.confirmTwoFactor(code(secret, clock));
            clock.advance(java.time.Duration.ofSeconds(30)); // the set-up code is used up
            return new Enrolled(id, email, password, secret, recovery);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String code(String secret, MutableClock clock) throws Exception {
        return new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
    }

    static String wrongCode(String secret, MutableClock clock) throws Exception {
        String right = code(secret, clock);
        return right.equals("000000") ? "111111" : "000000";
    }
}
