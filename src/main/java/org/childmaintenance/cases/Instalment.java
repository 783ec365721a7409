package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment due under a schedule, covering {@code periodStart} up to (not including)
 * {@code periodEnd}. A later decision marks the instalments it replaces as superseded.
 */
@Entity
@Table(name = "cm_instalment")
class Instalment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "decision_id", nullable = false)
    private Long decisionId;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(nullable = false)
    private boolean superseded;

    protected Instalment() {
    }

    Instalment(long caseId, long decisionId, ScheduleBuilder.Period period) {
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.dueDate = period.due();
        this.amount = period.amount();
    }

    Long id() { return id; }
    long decisionId() { return decisionId; }
    LocalDate periodStart() { return periodStart; }
    LocalDate periodEnd() { return periodEnd; }
    LocalDate dueDate() { return dueDate; }
    BigDecimal amount() { return amount; }
    boolean superseded() { return superseded; }

    void supersede() {
        this.superseded = true;
    }
}
