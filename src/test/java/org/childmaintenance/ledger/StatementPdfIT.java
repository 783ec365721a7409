package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.ledger.LedgerViews.Statement;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Statements read back: the PDF's text has the lines and the right totals; the CSV the same figures. */
@PortalTest
class StatementPdfIT {
    @Autowired LedgerService ledger;
    @Autowired LedgerQueries queries;
    @Autowired LedgerFixture fixture;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void the_payers_statement_shows_what_was_owed_paid_and_the_balance_for_the_chosen_dates() throws Exception {
        LocalDate first = LocalDate.of(2033, 6, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, first, 3, "100.00");
        fixture.nightOf(first);
        LedgerFixture.signIn(fixture.caseworker());
        ledger.postPayment(c.reference(), first.plusDays(2), new BigDecimal("120.00"), "PDF-" + c.caseId() + "-1");
        fixture.nightOf(first.plusMonths(1));
        LedgerFixture.signIn(fixture.caseworker());
        ledger.postPayment(c.reference(), first.plusMonths(1).plusDays(3), new BigDecimal("70.00"), "PDF-" + c.caseId() + "-2");
        fixture.nightOf(first.plusMonths(2));

        LedgerFixture.signIn(c.paying());
        // from the second month: opening balance £0 (first month paid in full), then £120 owed, £70 paid, £120 owed
        Statement s = queries.statement(c.caseId(), first.plusMonths(1), first.plusMonths(2));
        assertThat(s.opening()).isEqualByComparingTo("0");
        assertThat(s.totalIncrease()).isEqualByComparingTo("240.00");
        assertThat(s.totalDecrease()).isEqualByComparingTo("70.00");
        assertThat(s.closing()).isEqualByComparingTo("170.00");

        String text;
        try (PDDocument pdf = Loader.loadPDF(StatementDocuments.pdf(s))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Child maintenance statement for case " + c.reference(), "From 1 July 2033 to 1 August 2033",
                "Balance at the start: £0.00", "Maintenance due", "Payment received", "PDF-" + c.caseId() + "-2",
                "Total owed £240.00, total paid or reduced £70.00", "Balance at the end: £170.00");
        assertThat(text).doesNotContain("PDF-" + c.caseId() + "-1");

        String csv = new String(StatementDocuments.csv(s), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Date,What happened,Owed,Paid or reduced,Reference,You owe")
                .contains("2033-07-04,\"Payment received\",0.00,70.00,\"PDF-" + c.caseId() + "-2\",50.00")
                .contains(",240.00,70.00,,170.00");

        LedgerFixture.signIn(c.receiving());
        Statement rp = queries.statement(c.caseId(), first, first.plusMonths(2));
        try (PDDocument pdf = Loader.loadPDF(StatementDocuments.pdf(rp))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).as("the receiving parent sees what was passed on, not the payer's references or fees")
                .contains("Passed on", "£4.00", "£2.80", "Total due to you £300.00, total paid to you or reduced £170.00", "Balance at the end: £130.00")
                .doesNotContain("PDF-" + c.caseId(), "Payment received");
    }
}
