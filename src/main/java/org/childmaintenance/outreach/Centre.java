package org.childmaintenance.outreach;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner centre: its organisation account in identity, and what people need to find it. */
@Entity
@Table(name = "outreach_centre")
class Centre {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    private String name;
    private String address;
    private String openingTimes;
    private Instant createdAt;

    protected Centre() {
    }

    Centre(long organisationId, String name, String address, String openingTimes, Instant createdAt) {
        this.organisationId = organisationId;
        this.name = name;
        this.address = address;
        this.openingTimes = openingTimes;
        this.createdAt = createdAt;
    }

    void describe(String address, String openingTimes) {
        this.address = address;
        this.openingTimes = openingTimes;
    }

    Long id() { return id; }
    long organisationId() { return organisationId; }
    String name() { return name; }
    String address() { return address; }
    String openingTimes() { return openingTimes; }
}
