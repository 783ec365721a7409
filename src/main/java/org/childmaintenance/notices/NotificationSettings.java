package org.childmaintenance.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's choices: which kinds also come by e-mail, whether they confirmed their e-mail address
 * as safe to use, and a mobile number they confirmed with a code (the only number we text).
 */
@Entity
@Table(name = "notification_settings")
class NotificationSettings {
    @Id
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "email_off", nullable = false)
    private String emailOff = "";
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;
    private String phone;
    @Column(name = "phone_confirmed_at")
    private Instant phoneConfirmedAt;
    @Column(name = "pending_phone")
    private String pendingPhone;
    @Column(name = "pending_code_hash")
    private String pendingCodeHash;
    @Column(name = "pending_expires_at")
    private Instant pendingExpiresAt;
    @Column(name = "pending_tries", nullable = false)
    private int pendingTries;
    @Column(name = "sms_on", nullable = false)
    private boolean smsOn;

    protected NotificationSettings() {
    }

    NotificationSettings(long accountId) {
        this.accountId = accountId;
    }

    long accountId() { return accountId; }
    boolean emailConfirmed() { return emailConfirmedAt != null; }
    String phone() { return phoneConfirmedAt != null ? phone : null; }
    String pendingPhone() { return pendingPhone; }
    String pendingCodeHash() { return pendingCodeHash; }
    Instant pendingExpiresAt() { return pendingExpiresAt; }
    int pendingTries() { return pendingTries; }
    boolean smsOn() { return smsOn && phone() != null; }

    Set<NotificationKind> emailKinds() {
        Set<NotificationKind> on = EnumSet.allOf(NotificationKind.class);
        Arrays.stream(emailOff.split(",")).filter(s -> !s.isBlank()).map(NotificationKind::valueOf).forEach(on::remove);
        return on;
    }

    void choose(Set<NotificationKind> emailOn, boolean sms, Instant now) {
        EnumSet<NotificationKind> off = EnumSet.allOf(NotificationKind.class);
        off.removeAll(emailOn);
        emailOff = off.stream().map(Enum::name).collect(Collectors.joining(","));
        smsOn = sms;
        if (!emailOn.isEmpty() && emailConfirmedAt == null) {
            emailConfirmedAt = now; // choosing e-mail in Settings confirms the sign-in address as a channel
        }
    }

    void startPhoneConfirmation(String number, String codeHash, Instant expires) {
        pendingPhone = number;
        pendingCodeHash = codeHash;
        pendingExpiresAt = expires;
        pendingTries = 0;
    }

    void failedTry() {
        pendingTries++;
    }

    void confirmPhone(Instant now) {
        phone = pendingPhone;
        phoneConfirmedAt = now;
        smsOn = true;
        pendingPhone = null;
        pendingCodeHash = null;
        pendingExpiresAt = null;
        pendingTries = 0;
    }

    void removePhone() {
        phone = null;
        phoneConfirmedAt = null;
        smsOn = false;
    }
}
