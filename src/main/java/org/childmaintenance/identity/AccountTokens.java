package org.childmaintenance.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.childmaintenance.base.SecureCodes;
import org.springframework.stereotype.Component;

/** Single-use, expiring e-mail link tokens: only a SHA-256 hash is stored. */
@Component
class AccountTokens {
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    String issue(Account account, AccountToken.Purpose purpose, Duration lifetime) {
        String token = SecureCodes.newToken();
        Instant now = clock.instant();
        tokens.save(new AccountToken(account.id(), purpose, SecureCodes.sha256(token), now, now.plus(lifetime)));
        return token;
    }

    Optional<AccountToken> findUsable(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(SecureCodes.sha256(token)).filter(t -> t.purpose() == purpose && t.usableAt(now));
    }
}
