package org.childmaintenance.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.base.DisplayFormats;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.cases.EmployerDemoCases;
import org.childmaintenance.employer.DeductionOrderService.IssueRequest;
import org.childmaintenance.employer.EmployerFixture.Org;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 17: an order notice (issued from a caseworker's English page) opens in the language each reader chose: the
 * employer's staff and the paying parent. A notice kept from before there was a Welsh one opens as it was kept.
 */
@PortalTest
class WelshOrderNoticeIT {
    @Autowired EmployerFixture fixture;
    @Autowired LedgerFixture ledgerFixture;
    @Autowired EmployerDemoCases demoCases;
    @Autowired DeductionOrderService orders;
    @Autowired DeductionService deductions;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private record Pdf(String lang, String text) {
    }

    private static Pdf read(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new Pdf(doc.getDocumentCatalog().getLanguage(), new PDFTextStripper().getText(doc).replaceAll("\\s+", " "));
        }
    }

    private void chooses(PortalUser user, Language language) {
        jdbc.update("update account set language = ? where id = ?", language.code(), user.accountId());
    }

    @Test
    void each_reader_opens_the_notice_in_the_language_they_chose() throws Exception {
        Org org = fixture.newOrganisation();
        PortalUser paying = ledgerFixture.newParent("Pat Payer");
        PortalUser receiving = ledgerFixture.newParent("Rae Receiver");
        String reference = "12" + (System.nanoTime() % 10_000_000_000L);
        demoCases.createDecidedCase(reference, receiving.accountId(), "Rae Receiver", paying.accountId(), "Pat Payer",
                "Kit Payer", LocalDate.of(2017, 4, 1), new BigDecimal("2500.00"));
        chooses(org.admin(), Language.ENGLISH);
        chooses(org.payroll(), Language.WELSH);
        chooses(paying, Language.WELSH);
        LedgerFixture.signIn(ledgerFixture.caseworker());
        LocalDate today = orders.today();
        long orderId = orders.issue(new IssueRequest(reference, org.id(), "P1", PayFrequency.MONTHLY, today, null));
        long noticeId = orders.orderForCasework(orderId).documents().getFirst().id();
        String englishTitle = Texts.t(Language.ENGLISH, "employer.notice.title.ISSUED");
        String welshTitle = Texts.t(Language.WELSH, "employer.notice.title.ISSUED");
        assertThat(welshTitle).isNotEqualTo(englishTitle);
        String welshDate = Texts.in(Language.WELSH, () -> DisplayFormats.date(today));

        LedgerFixture.signIn(org.admin());
        Pdf admins = read(orders.documentPdf(noticeId));
        assertThat(admins.lang()).isEqualTo("en-GB");
        assertThat(admins.text()).contains(englishTitle, "Pat Payer", reference).doesNotContain(welshTitle);

        LedgerFixture.signIn(org.payroll());
        Pdf payrolls = read(orders.documentPdf(noticeId));
        assertThat(payrolls.lang()).isEqualTo("cy-GB");
        assertThat(payrolls.text()).contains(welshTitle, Texts.t(Language.WELSH, "employer.notice.duties"),
                Texts.t(Language.WELSH, "employer.order.protectedValue"), welshDate, "Pat Payer", reference)
                .doesNotContain(englishTitle, Texts.t(Language.ENGLISH, "employer.notice.duties"));

        LedgerFixture.signIn(paying);
        long parentsCopy = deductions.ordersOnMyCase(caseIdOf(orderId)).getFirst().documents().getFirst().id();
        assertThat(read(orders.documentPdf(parentsCopy)).text()).contains(welshTitle).doesNotContain(englishTitle);

        // A notice kept before there was a Welsh one (pdf_cy empty) opens as it was kept, for everyone.
        jdbc.update("update deo_document set pdf_cy = null where id = ?", noticeId);
        LedgerFixture.signIn(org.payroll());
        assertThat(read(orders.documentPdf(noticeId)).text()).contains(englishTitle);
    }

    private long caseIdOf(long orderId) {
        return jdbc.queryForObject("select case_id from deo_order where id = ?", Long.class, orderId);
    }
}
