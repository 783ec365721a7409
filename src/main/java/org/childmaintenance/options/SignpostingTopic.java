package org.childmaintenance.options;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
