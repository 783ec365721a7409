package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.Supplier;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.jspecify.annotations.Nullable;

/**
 * An in-app message on a case's timeline, for both parties or one ({@code audience}: ALL, RECEIVING, PAYING),
 * written in English and in Welsh when it happens: each reader sees it in their page's language.
 */
@Entity
@Table(name = "cm_timeline")
class TimelineEntry {
    static final String ALL = "ALL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private String audience;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String message;
    @Column(name = "message_cy")
    private String messageCy;

    protected TimelineEntry() {
    }

    /** {@code text} is called once per language, with that language current (its dates, money and names). */
    TimelineEntry(long caseId, String audience, Instant createdAt, Supplier<String> text) {
        this.caseId = caseId;
        this.audience = audience;
        this.createdAt = createdAt;
        this.message = cut(Texts.in(Language.ENGLISH, text));
        this.messageCy = cut(Texts.in(Language.WELSH, text));
    }

    private static String cut(String message) {
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    String audience() { return audience; }
    String english() { return message; }
    @Nullable String welsh() { return messageCy; }
    Instant createdAt() { return createdAt; }
    /** The message in the current language (a line written before Welsh was kept: its English). */
    String message() {
        return Texts.language() == Language.WELSH && messageCy != null ? messageCy : message;
    }

    boolean visibleTo(PartyRole role) {
        return ALL.equals(audience) || role.name().equals(audience);
    }
}
