package org.childmaintenance.employer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<DeductionOrder, Long> {
    List<DeductionOrder> findByOrganisationIdOrderByEmployeeNameAscIdAsc(long organisationId);

    List<DeductionOrder> findByPayingAccountIdOrderByIdDesc(long payingAccountId);

    List<DeductionOrder> findAllByOrderByIdDesc();

    List<DeductionOrder> findByCaseIdOrderByIdDesc(long caseId);

    boolean existsByOrganisationIdAndCaseId(long organisationId, long caseId);

    /** Orders an employer marked as left whose leaver report is not in yet. */
    @Query("select o from DeductionOrder o where o.markedLeftOn is not null and o.status in :inForce")
    List<DeductionOrder> markedLeft(Collection<OrderStatus> inForce);

    boolean existsByOrganisationIdAndPayrollNumberAndStatusIn(long organisationId, String payrollNumber,
                                                              Collection<OrderStatus> statuses);
}

interface OrderEventRepository extends JpaRepository<OrderRecords.OrderEvent, Long> {
    @Query("select e from DeoOrderEvent e where e.orderId = :orderId order by e.createdAt, e.id")
    List<OrderRecords.OrderEvent> history(long orderId);
}

interface OrderDocumentRepository extends JpaRepository<OrderRecords.OrderDocument, Long> {
    /** Document list without loading the PDFs. */
    @Query("select d.id, d.orderId, d.title, d.createdAt from DeoDocument d where d.orderId in :orderIds"
            + " order by d.createdAt desc, d.id desc")
    List<Object[]> listFor(Collection<Long> orderIds);
}

interface TaskRepository extends JpaRepository<OrderRecords.EmployerTask, Long> {
    List<OrderRecords.EmployerTask> findAllByOrderByCreatedAtDescIdDesc();

    boolean existsByOrganisationIdAndKindAndDeductionMonth(long organisationId, String kind, String deductionMonth);
}

interface DeductionRepository extends JpaRepository<Deduction, Long> {
    @Query("select d from Deduction d where d.organisationId = :orgId and d.deductionMonth = :month order by d.payDate, d.id")
    List<Deduction> ofMonth(long orgId, String month);

    @Query("select d from Deduction d where d.orderId = :orderId order by d.payDate desc")
    List<Deduction> ofOrder(long orderId);

    boolean existsByOrderIdAndPayDate(long orderId, java.time.LocalDate payDate);

    /** Organisations with deductions in the month that no remittance has paid over yet. */
    @Query("select distinct d.organisationId from Deduction d where d.deductionMonth = :month and not exists"
            + " (select r.id from Remittance r where r.organisationId = d.organisationId and r.deductionMonth = :month)")
    List<Long> organisationsNotPaidFor(String month);
}

interface RemittanceRepository extends JpaRepository<Remittance, Long> {
    Optional<Remittance> findByOrganisationIdAndDeductionMonth(long organisationId, String deductionMonth);

    List<Remittance> findByOrganisationIdOrderByDeductionMonthDesc(long organisationId);
}
