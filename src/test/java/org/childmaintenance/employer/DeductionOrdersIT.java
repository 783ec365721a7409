package org.childmaintenance.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.assertj.core.data.Offset;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.EmployerDemoCases;
import org.childmaintenance.employer.DeductionOrderService.IssueRequest;
import org.childmaintenance.employer.EmployerFixture.Org;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.notices.DeadlineJob;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Casework issues, varies and discharges orders; the paying parent (only) sees theirs. */
@PortalTest
class DeductionOrdersIT {
    @Autowired EmployerFixture fixture;
    @Autowired LedgerFixture ledgerFixture;
    @Autowired EmployerDemoCases demoCases;
    @Autowired DeductionOrderService orders;
    @Autowired DeductionService deductions;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void casework_issues_an_order_with_rates_for_every_pay_frequency_and_the_employer_and_paying_parent_get_the_notice()
            throws IOException {
        Org org = fixture.newOrganisation();
        PortalUser paying = ledgerFixture.newParent("Pat Payer");
        PortalUser receiving = ledgerFixture.newParent("Rae Receiver");
        String reference = "12" + (System.nanoTime() % 10_000_000_000L);
        demoCases.createDecidedCase(reference, receiving.accountId(), "Rae Receiver", paying.accountId(), "Pat Payer",
                "Kit Payer", LocalDate.of(2017, 4, 1), new BigDecimal("2500.00"));
        LedgerFixture.signIn(ledgerFixture.caseworker());
        LocalDate today = orders.today();

        assertThatThrownBy(() -> orders.issue(new IssueRequest("", null, "", null, null, "x")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message).containsExactly(
                                "employer.issue.error.caseRequired", "employer.issue.error.organisationRequired",
                                "employer.issue.error.payrollRequired", "employer.issue.error.frequencyRequired",
                                "employer.issue.error.startRequired", "employer.issue.error.arrearsFormat"));
        assertThatThrownBy(() -> orders.issue(new IssueRequest("999", org.id(), "P1", PayFrequency.MONTHLY,
                today.minusDays(1), null))).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                .extracting(UserFacingException.FieldError::message)
                .containsExactly("employer.issue.error.caseUnknown", "employer.issue.error.startPast"));

        long id = orders.issue(new IssueRequest(reference, org.id(), "P1", PayFrequency.WEEKLY, today, "10.00"));
        assertThatThrownBy(() -> orders.issue(new IssueRequest(reference, org.id(), "P2", PayFrequency.WEEKLY, today, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message)
                        .containsExactly("employer.issue.error.alreadyInForce"));
        var detail = orders.orderForCasework(id);
        var rates = detail.order().rates();
        assertThat(rates.get(PayFrequency.WEEKLY).multiply(BigDecimal.valueOf(52)))
                .isCloseTo(rates.get(PayFrequency.MONTHLY).multiply(BigDecimal.valueOf(12)),
                        Offset.offset(new BigDecimal("0.30")));
        assertThat(detail.order().firstDeductionDay()).isEqualTo(today.plusDays(7));
        assertThat(detail.documents()).hasSize(1);

        LedgerFixture.signIn(org.admin());
        var mine = orders.myOrders();
        assertThat(mine).singleElement().satisfies(o -> {
            assertThat(o.employeeName()).isEqualTo("Pat Payer");
            assertThat(o.caseReference()).isEqualTo(reference);
        });
        String notice = text(orders.documentPdf(orders.myDocuments().getFirst().id()));
        assertThat(notice).contains("Deduction from earnings order", "Pat Payer", "P1", reference, "60% of net earnings")
                .doesNotContain("Rae Receiver", "Kit Payer", "2,500");

        LedgerFixture.signIn(paying);
        var parentView = deductions.ordersOnMyCase(caseIdOf(id));
        assertThat(parentView).singleElement().satisfies(p -> {
            assertThat(p.employerName()).isEqualTo(org.name());
            assertThat(p.status()).isEqualTo(OrderStatus.ACTIVE);
        });
        assertThat(orders.documentPdf(parentView.getFirst().documents().getFirst().id())).isNotEmpty();

        LedgerFixture.signIn(receiving);
        assertThatThrownBy(() -> deductions.ordersOnMyCase(caseIdOf(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> orders.documentPdf(parentView.getFirst().documents().getFirst().id()))
                .isInstanceOf(AccessDeniedException.class);
        LedgerFixture.signIn(ledgerFixture.newParent("Someone Else"));
        assertThatThrownBy(() -> deductions.ordersOnMyCase(caseIdOf(id))).isInstanceOf(AccessDeniedException.class);

        LedgerFixture.signIn(ledgerFixture.caseworker());
        orders.vary(id, "30.00");
        assertThat(orders.orderForCasework(id).order().status()).isEqualTo(OrderStatus.VARIED);
        assertThat(orders.orderForCasework(id).order().rates().get(PayFrequency.MONTHLY))
                .isEqualByComparingTo(rates.get(PayFrequency.MONTHLY).add(new BigDecimal("20.00")));
        orders.discharge(id);
        var discharged = orders.orderForCasework(id);
        assertThat(discharged.order().status()).isEqualTo(OrderStatus.DISCHARGED);
        assertThat(discharged.documents()).hasSize(3);
        assertThat(discharged.history()).extracting(EmployerViews.HistoryLine::kind)
                .containsExactly("ISSUED", "VARIED", "DISCHARGED");

        LedgerFixture.signIn(org.payroll());
        assertThatThrownBy(() -> orders.issue(new IssueRequest(reference, org.id(), "P3", PayFrequency.WEEKLY, today, null)))
                .isInstanceOf(AccessDeniedException.class);
        LedgerFixture.signIn(paying);
        assertThat(deductions.ordersOnMyCase(caseIdOf(id)).getFirst().status()).isEqualTo(OrderStatus.DISCHARGED);
    }

    @Autowired org.childmaintenance.documents.DocumentService documentService;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void an_order_notice_is_in_the_organisations_and_the_paying_parents_documents_and_each_of_them_is_told() {
        Org org = fixture.newOrganisation();
        Org other = fixture.newOrganisation();
        PortalUser paying = ledgerFixture.newParent("Dee Payer");
        PortalUser receiving = ledgerFixture.newParent("Ren Receiver");
        String reference = "12" + (System.nanoTime() % 10_000_000_000L);
        demoCases.createDecidedCase(reference, receiving.accountId(), "Ren Receiver", paying.accountId(), "Dee Payer",
                "Ash Payer", LocalDate.of(2016, 3, 1), new BigDecimal("2200.00"));
        LedgerFixture.signIn(ledgerFixture.caseworker());
        long id = orders.issue(new IssueRequest(reference, org.id(), "D1", PayFrequency.MONTHLY, orders.today(), null));
        long caseId = caseIdOf(id);

        for (PortalUser user : java.util.List.of(org.admin(), org.payroll())) {
            LedgerFixture.signIn(user);
            var docs = documentService.myOrganisationDocuments();
            assertThat(docs).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo("deduction-orders");
                assertThat(d.title()).isEqualTo("Deduction from earnings order: Dee Payer");
            });
            assertThat(documentService.openForMyOrganisation(docs.getFirst().source(), docs.getFirst().key()).bytes())
                    .startsWith("%PDF".getBytes());
            assertThat(DeadlineJob.linksOf(jdbc, user.accountId(), "notification.msg.document"))
                    .containsExactly("employer/documents");
        }
        LedgerFixture.signIn(org.admin());
        String key = documentService.myOrganisationDocuments().getFirst().key();
        LedgerFixture.signIn(other.admin());
        assertThat(documentService.myOrganisationDocuments()).isEmpty();
        assertThatThrownBy(() -> documentService.openForMyOrganisation("deduction-orders", key))
                .isInstanceOf(AccessDeniedException.class);

        LedgerFixture.signIn(paying);
        var copies = documentService.documents(caseId).stream().filter(d -> d.source().equals("deduction-orders")).toList();
        assertThat(copies).singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("Deduction from earnings order"));
        assertThat(documentService.open(caseId, "deduction-orders", copies.getFirst().key()).bytes()).isNotEmpty();
        assertThat(DeadlineJob.linksOf(jdbc, paying.accountId(), "notification.msg.document"))
                .containsExactly("documents/" + caseId);

        LedgerFixture.signIn(receiving);
        assertThat(documentService.documents(caseId)).noneMatch(d -> d.source().equals("deduction-orders"));
        assertThatThrownBy(() -> documentService.open(caseId, "deduction-orders", copies.getFirst().key()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(DeadlineJob.noticesOf(jdbc, receiving.accountId(),
                "notification.msg.document")).isZero();
    }

    @Autowired OrderRepository orderRepository;

    private long caseIdOf(long orderId) {
        return orderRepository.findById(orderId).orElseThrow().caseId();
    }

    @Autowired org.childmaintenance.identity.IdentityService identity;
    @Autowired org.childmaintenance.support.TestAccounts accounts;

    @Test
    void the_demo_employer_sees_three_employees_a_short_deduction_and_a_paid_month_and_sam_sees_his_order() {
        for (String email : java.util.List.of("employer.admin@example.com", "payroll@example.com")) {
            LedgerFixture.signIn(identity.reload(accounts.idOf(email)));
            assertThat(orders.myOrders()).extracting(EmployerViews.OrderSummary::employeeName)
                    .contains("Sam Taylor", "Jo Bennett", "Ravi Patel");
            var thisMonth = deductions.month(deductions.currentMonth());
            assertThat(thisMonth.deductions()).anySatisfy(d -> {
                assertThat(d.shortfall()).isPositive();
                assertThat(d.shortfallReason()).isEqualTo(DeductionRules.ShortfallReason.PROTECTED_EARNINGS);
            });
            assertThat(deductions.month(deductions.currentMonth().minusMonths(1)).remittance()).isNotNull();
        }
        LedgerFixture.signIn(identity.reload(accounts.idOf("other.parent@example.com")));
        long samsCase = orderRepository.findAll().stream()
                .filter(o -> o.caseReference().equals("121000000001")).findFirst().orElseThrow().caseId();
        assertThat(deductions.ordersOnMyCase(samsCase)).singleElement().satisfies(o -> {
            assertThat(o.employerName()).isEqualTo("Northfield Foods Ltd");
            // his order began this month: the first deduction is recorded, to be paid over by the 19th of next month
            assertThat(o.deductions()).singleElement().satisfies(d -> {
                assertThat(d.deducted()).isPositive();
                assertThat(d.paidOverOn()).isNull();
            });
        });
        LedgerFixture.signIn(identity.reload(accounts.idOf("parent@example.com")));
        assertThatThrownBy(() -> deductions.ordersOnMyCase(samsCase)).isInstanceOf(AccessDeniedException.class);
    }
}
