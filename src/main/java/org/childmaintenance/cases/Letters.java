package org.childmaintenance.cases;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.Texts;
import org.childmaintenance.calculation.StepNames;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.childmaintenance.base.DisplayFormats;

/**
 * Letters as PDFs (OpenPDF), in the current language (callers choose the addressee's). A letter carries only what its reader may see: never the other
 * party's address, phone, e-mail, employer or bank details (LC-6.2, LC-17.6).
 */
final class Letters {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);

    private Letters() {
    }

    static String money(BigDecimal amount) {
        return DisplayFormats.money(amount);
    }

    /** What a decision letter needs. */
    record DecisionLetter(String caseReference, String recipientName, PartyRole recipientRole, LocalDate issued,
                          CaseService.DecisionView decision, @Nullable PaymentFrequency frequency,
                          List<CaseService.InstalmentView> schedule, List<String> childNames) {
    }

    static byte[] decisionLetter(DecisionLetter l) {
        return pdf(t("letter.decision.title"), doc -> {
            CaseService.DecisionView d = l.decision();
            doc.add(new Paragraph(t("letter.decision.title"), TITLE));
            doc.add(new Paragraph(t("letter.reference", l.caseReference()) + "\n" + t("letter.date", DisplayFormats.date(l.issued())), BODY));
            doc.add(new Paragraph(t("letter.dear", l.recipientName()), BODY));
            doc.add(new Paragraph(t(l.recipientRole() == PartyRole.PAYING ? "letter.decision.introPaying" : "letter.decision.introReceiving",
                    money(d.weeklyAmount()), DisplayFormats.date(d.effectiveDate())), BODY));
            doc.add(new Paragraph(t("letter.decision.children", String.join(", ", l.childNames())), BODY));
            doc.add(new Paragraph(t("letter.decision.service." + d.serviceType().name()), BODY));
            doc.add(new Paragraph(t("letter.decision.how"), HEADING));
            PdfPTable facts = new PdfPTable(2);
            facts.setWidthPercentage(100);
            facts.addCell(t("mycase.decision.kind"));
            facts.addCell(t("decisionKind." + d.kind().name()));
            facts.addCell(t("mycase.decision.band"));
            facts.addCell(RateBandText.of(d.rateBand()));
            if (d.grossWeeklyIncome() != null) {
                facts.addCell(t("mycase.decision.income"));
                facts.addCell(money(d.grossWeeklyIncome()));
            }
            facts.addCell(t("mycase.decision.qualifying"));
            facts.addCell(Integer.toString(d.qualifyingChildren()));
            facts.addCell(t("mycase.decision.relevantOther"));
            facts.addCell(Integer.toString(d.relevantOtherChildren()));
            facts.addCell(t("mycase.decision.otherArrangement"));
            facts.addCell(Integer.toString(d.otherArrangementChildren()));
            facts.addCell(t("mycase.decision.nights"));
            facts.addCell(d.sharedCareNights());
            facts.addCell(t("mycase.decision.weekly"));
            facts.addCell(money(d.weeklyAmount()));
            doc.add(facts);
            if (d.steps().stream().anyMatch(step -> step.language() != Texts.language())) {
                doc.add(new Paragraph(t("mycase.decision.explanationInEnglish"), BODY)); // made before Welsh was kept
            }
            for (CaseService.ExplanationStep step : d.steps()) {
                Paragraph p = new Paragraph(StepNames.text(step.step()), HEADING);
                p.setSpacingBefore(6);
                doc.add(p);
                doc.add(new Paragraph(step.explanation(), BODY));
            }
            if (l.frequency() != null && !l.schedule().isEmpty()) {
                doc.add(new Paragraph(t("letter.decision.schedule", t("frequency." + l.frequency().name())), HEADING));
                PdfPTable table = new PdfPTable(2);
                table.setWidthPercentage(60);
                table.setHeaderRows(1);
                table.addCell(t("mycase.schedule.due"));
                table.addCell(t("mycase.schedule.amount"));
                for (CaseService.InstalmentView i : l.schedule()) {
                    table.addCell(DisplayFormats.date(i.dueDate()));
                    table.addCell(money(i.amount()));
                }
                doc.add(table);
            }
            if (d.serviceType() == ServiceType.COLLECT_AND_PAY) {
                doc.add(new Paragraph(t(l.recipientRole() == PartyRole.PAYING ? "letter.decision.feePaying" : "letter.decision.feeReceiving"), BODY));
            }
            doc.add(new Paragraph(t("letter.decision.disagree"), HEADING));
            doc.add(new Paragraph(t("letter.decision.disagreeBody"), BODY));
        });
    }

    /** The letter posted to the other parent with their activation code (no applicant address). */
    static byte[] invitationLetter(String caseReference, String recipientName, @Nullable String recipientAddress,
                                   String applicantName, String code, LocalDate issued, LocalDate expires, String linkUrl) {
        return pdf(t("letter.invite.title"), doc -> {
            if (recipientAddress != null) {
                doc.add(new Paragraph(recipientName + "\n" + recipientAddress, BODY));
            }
            doc.add(new Paragraph(t("letter.invite.title"), TITLE));
            doc.add(new Paragraph(t("letter.reference", caseReference) + "\n" + t("letter.date", DisplayFormats.date(issued)), BODY));
            doc.add(new Paragraph(t("letter.dear", recipientName), BODY));
            doc.add(new Paragraph(t("letter.invite.body", applicantName), BODY));
            doc.add(new Paragraph(t("letter.invite.code", code), HEADING));
            doc.add(new Paragraph(t("letter.invite.how", linkUrl, DisplayFormats.date(expires)), BODY));
        });
    }

    private interface Content {
        void write(Document doc) throws Exception;
    }

    private static byte[] pdf(String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(Texts.language().tag()));
            doc.addTitle(title);
            doc.addCreator(t("service.name"));
            doc.open();
            content.write(doc);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the letter", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
        return out.toByteArray();
    }

    private static String t(String key, Object... args) {
        return Texts.t(key, args);
    }
}
