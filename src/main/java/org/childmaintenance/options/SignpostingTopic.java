package org.childmaintenance.options;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.time.LocalDate;

/** One "sorting out separation" topic page: plain words, who helps, how to contact them, and where it came from. */
@Entity
@Table(name = "signposting_topic")
class SignpostingTopic {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String slug;
    @Column(name = "sort_order", nullable = false)
    int sortOrder;
    @Column(nullable = false)
    String title;
    @Column(nullable = false)
    String summary;
    @Column(nullable = false)
    String body;
    @Column(name = "who_helps", nullable = false)
    String whoHelps;
    @Column(name = "how_to_contact", nullable = false)
    String howToContact;
    @Column(name = "source_name", nullable = false)
    String sourceName;
    @Column(name = "source_url", nullable = false)
    String sourceUrl;
    @Column(name = "last_reviewed", nullable = false)
    LocalDate lastReviewed;
    /** The Welsh version, written by a caseworker (issue 17): all five texts, or none (null). */
    @Column(name = "title_cy")
    @Nullable String titleCy;
    @Column(name = "summary_cy")
    @Nullable String summaryCy;
    @Column(name = "body_cy")
    @Nullable String bodyCy;
    @Column(name = "who_helps_cy")
    @Nullable String whoHelpsCy;
    @Column(name = "how_to_contact_cy")
    @Nullable String howToContactCy;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Version
    long version;

    protected SignpostingTopic() {
    }

    SignpostingTopic(String slug, int sortOrder, Instant now) {
        this.slug = slug;
        this.sortOrder = sortOrder;
        this.updatedAt = now;
    }
}
