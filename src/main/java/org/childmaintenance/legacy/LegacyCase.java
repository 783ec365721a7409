package org.childmaintenance.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.childmaintenance.legacy.LegacyTypes.CollectionMethod;
import org.childmaintenance.legacy.LegacyTypes.Scheme;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.jspecify.annotations.Nullable;

/** An old-scheme case as imported: what was being paid, the arrears, and where its closure is. */
@Entity
@Table(name = "legacy_case")
class LegacyCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "legacy_reference", nullable = false)
    String legacyReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Scheme scheme;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Segment segment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Stage stage;
    @Column(name = "weekly_amount", nullable = false)
    BigDecimal weeklyAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "collection_method", nullable = false)
    CollectionMethod collectionMethod;
    @Column(name = "arrears_balance", nullable = false)
    BigDecimal arrearsBalance;
    @Column(nullable = false)
    boolean enforcement;
    @Column(nullable = false)
    boolean clerical;
    @Column(name = "liability_end_date")
    @Nullable LocalDate liabilityEndDate;
    @Column(name = "end_date_set_at")
    @Nullable Instant endDateSetAt;
    @Column(name = "end_date_set_by")
    @Nullable Long endDateSetBy;
    @Column(name = "imported_at", nullable = false)
    Instant importedAt;
    @Column(name = "imported_by")
    @Nullable Long importedBy;
    @Column(name = "import_file")
    @Nullable String importFile;
    @Column(name = "arrears_moved_at")
    @Nullable Instant arrearsMovedAt;
    @Column(name = "arrears_case_reference")
    @Nullable String arrearsCaseReference;
    @Version
    long version;

    protected LegacyCase() {
    }

    LegacyCase(String legacyReference, Scheme scheme, BigDecimal weeklyAmount, CollectionMethod collectionMethod,
               BigDecimal arrearsBalance, boolean enforcement, boolean clerical, Instant importedAt,
               @Nullable Long importedBy, @Nullable String importFile) {
        this.legacyReference = legacyReference;
        this.scheme = scheme;
        this.weeklyAmount = weeklyAmount;
        this.collectionMethod = collectionMethod;
        this.arrearsBalance = arrearsBalance;
        this.enforcement = enforcement;
        this.clerical = clerical;
        this.segment = Segment.of(weeklyAmount, collectionMethod, clerical, enforcement);
        this.stage = Stage.END_DATE_NEEDED;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.importFile = importFile;
    }

    /** Casework chose the day liability under the old scheme ends (the last day it is owed). */
    void endOn(LocalDate date, Instant at, @Nullable Long by) {
        liabilityEndDate = date;
        endDateSetAt = at;
        endDateSetBy = by;
        stage = Stage.NOTICE_DUE;
    }

    /** Arrears still owed when the case ends: what moves into the ledger. */
    boolean arrearsToMove() {
        return stage == Stage.ENDED && arrearsMovedAt == null && arrearsBalance.signum() > 0;
    }
}
