package org.childmaintenance.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.childmaintenance.base.Language;
import org.jspecify.annotations.Nullable;

/** Small records kept with an order: its history, its notices (PDF) and casework tasks. */
final class OrderRecords {
    private OrderRecords() {
    }

    /** One line of an order's history (issued, varied, frequency changed, deduction, leaver...). */
    @Entity(name = "DeoOrderEvent")
    @Table(name = "deo_order_event")
    static class OrderEvent {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "order_id", nullable = false)
        private long orderId;
        @Column(nullable = false)
        private String kind;
        @Column(name = "event_date", nullable = false)
        private LocalDate eventDate;
        private String detail;
        @Column(name = "created_at", nullable = false)
        private Instant createdAt;
        @Column(name = "created_by")
        private Long createdBy;

        protected OrderEvent() {
        }

        OrderEvent(long orderId, String kind, LocalDate eventDate, String detail, Instant createdAt, Long createdBy) {
            this.orderId = orderId;
            this.kind = kind;
            this.eventDate = eventDate;
            this.detail = detail;
            this.createdAt = createdAt;
            this.createdBy = createdBy;
        }

        String kind() { return kind; }
        LocalDate eventDate() { return eventDate; }
        String detail() { return detail; }
    }

    /** An order notice (issue, variation, discharge) as a PDF. */
    @Entity(name = "DeoDocument")
    @Table(name = "deo_document")
    static class OrderDocument {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "order_id", nullable = false)
        private long orderId;
        @Column(nullable = false)
        private String title;
        @Lob
        @Column(nullable = false, columnDefinition = "LONGBLOB")
        private byte[] pdf;
        /** The same notice in Welsh (issue 17); null for notices issued before there was one. */
        @Lob
        @Column(name = "pdf_cy", columnDefinition = "LONGBLOB")
        private byte @Nullable [] pdfCy;
        @Column(name = "created_at", nullable = false)
        private Instant createdAt;

        protected OrderDocument() {
        }

        /** {@code pdf} in English, {@code pdfCy} in Welsh; {@code title} in English (shown in the reader's language). */
        OrderDocument(long orderId, String title, byte[] pdf, byte @Nullable [] pdfCy, Instant createdAt) {
            this.orderId = orderId;
            this.title = title;
            this.pdf = pdf;
            this.pdfCy = pdfCy;
            this.createdAt = createdAt;
        }

        /** The notice in the reader's language: Welsh when there is a Welsh one, else the one kept. */
        byte[] pdfIn(Language language) {
            return language == Language.WELSH && pdfCy != null ? pdfCy : pdf;
        }

        Long id() { return id; }
        long orderId() { return orderId; }
        String title() { return title; }
        byte[] pdf() { return pdf; }
        Instant createdAt() { return createdAt; }
    }

    /** Something casework must act on: a leaver, "not our employee", a late remittance or a month never paid. */
    @Entity(name = "DeoTask")
    @Table(name = "deo_task")
    static class EmployerTask {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(nullable = false)
        private String kind;
        @Column(name = "order_id")
        private Long orderId;
        @Column(name = "organisation_id", nullable = false)
        private long organisationId;
        private String detail;
        @Column(nullable = false)
        private boolean late;
        @Column(name = "created_at", nullable = false)
        private Instant createdAt;
        /** The month of deduction a remittance task is about (one task per organisation, kind and month). */
        @Column(name = "deduction_month")
        private String deductionMonth;

        protected EmployerTask() {
        }

        EmployerTask(String kind, Long orderId, long organisationId, String detail, boolean late, Instant createdAt) {
            this.kind = kind;
            this.orderId = orderId;
            this.organisationId = organisationId;
            this.detail = detail;
            this.late = late;
            this.createdAt = createdAt;
        }

        /** A task about a month's remittance. */
        static EmployerTask forMonth(String kind, long organisationId, String deductionMonth, String detail,
                                     Instant createdAt) {
            EmployerTask t = new EmployerTask(kind, null, organisationId, detail, true, createdAt);
            t.deductionMonth = deductionMonth;
            return t;
        }

        Long id() { return id; }
        String kind() { return kind; }
        Long orderId() { return orderId; }
        long organisationId() { return organisationId; }
        String detail() { return detail; }
        boolean late() { return late; }
        Instant createdAt() { return createdAt; }
    }
}
