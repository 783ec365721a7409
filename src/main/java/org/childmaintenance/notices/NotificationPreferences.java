package org.childmaintenance.notices;

import static org.childmaintenance.base.Texts.t;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.notification.Phones;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notification settings (Settings → Notifications): e-mail per kind, and text messages
 * to a mobile number they confirm with a code we text to it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {
    static final Duration CODE_VALID = Duration.ofMinutes(15);
    static final int MAX_TRIES = 5;
    private final NotificationSettingsRepository settings;
    private final NotificationDispatcher dispatcher;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationPreferences(NotificationSettingsRepository settings, NotificationDispatcher dispatcher,
                            CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public record Choices(Set<NotificationKind> emailKinds, boolean textsOn, @Nullable String confirmedPhone,
                          @Nullable String phoneWaitingForCode) {
    }

    @Transactional(readOnly = true)
    public Choices mine() {
        NotificationSettings s = load();
        return new Choices(s.emailKinds(), s.smsOn(), s.phone(), s.pendingPhone());
    }

    /** Saves which kinds also come by e-mail, and whether texts are on (only with a confirmed number). */
    @Transactional
    public void choose(Set<NotificationKind> emailKinds, boolean texts) {
        NotificationSettings s = load();
        if (texts && s.phone() == null) {
            throw UserFacingException.onField("texts", "error.notifications.texts.noPhone");
        }
        s.choose(emailKinds, texts, clock.instant());
        settings.save(s);
    }

    /** Texts a 6-digit code to the number; it becomes a channel only once the code is entered. */
    @Transactional
    public void startPhoneConfirmation(String number) {
        if (number == null || number.isBlank()) {
            throw UserFacingException.onField("phone", "error.notifications.phone.missing");
        }
        String phone = Phones.normaliseUkMobile(number)
                .orElseThrow(() -> UserFacingException.onField("phone", "error.notifications.phone.format"));
        NotificationSettings s = load();
        String code = SecureCodes.digits(6);
        s.startPhoneConfirmation(phone, hash(s.accountId(), code), clock.instant().plus(CODE_VALID));
        settings.save(s);
        dispatcher.queueText(s.accountId(), phone, t("notification.sms.code", code));
    }

    /** Confirms the waiting number with the texted code. */
    @Transactional(noRollbackFor = UserFacingException.class)
    public void confirmPhone(String code) {
        NotificationSettings s = load();
        if (s.pendingPhone() == null || s.pendingExpiresAt() == null || clock.instant().isAfter(s.pendingExpiresAt())
                || s.pendingTries() >= MAX_TRIES) {
            throw UserFacingException.onField("code", "error.notifications.code.expired");
        }
        String entered = code == null ? "" : code.replaceAll("\\s", "");
        if (!entered.matches("\\d{6}")) {
            throw UserFacingException.onField("code", "error.notifications.code.format");
        }
        if (!MessageDigest.isEqual(hash(s.accountId(), entered).getBytes(StandardCharsets.US_ASCII),
                s.pendingCodeHash().getBytes(StandardCharsets.US_ASCII))) {
            s.failedTry();
            settings.save(s);
            throw UserFacingException.onField("code", "error.notifications.code.wrong");
        }
        s.confirmPhone(clock.instant());
        settings.save(s);
    }

    @Transactional
    public void removePhone() {
        NotificationSettings s = load();
        s.removePhone();
        settings.save(s);
    }

    private NotificationSettings load() {
        long me = currentUser.require().accountId();
        return settings.findById(me).orElseGet(() -> new NotificationSettings(me));
    }

    private static String hash(long accountId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
