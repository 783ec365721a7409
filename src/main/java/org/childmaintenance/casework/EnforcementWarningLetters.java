package org.childmaintenance.casework;

import static org.childmaintenance.base.Texts.t;

import java.util.List;
import java.util.Optional;
import org.childmaintenance.base.DisplayFormats;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguagePreferences;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.PdfDocuments;
import org.childmaintenance.base.Texts;
import org.childmaintenance.cases.PartyRole;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.documents.DocumentSource;
import org.childmaintenance.identity.CaseAction;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-enforcement warning letters (LC-12.2) on the paying parent's Documents page: the amount
 * missed, the date to pay it by, what happens if they do not (the ladder and its charges, LC-8.3) and
 * what to do if they cannot (contact us, or propose a plan, LC-12.3). The receiving parent never sees them.
 */
@Component
class EnforcementWarningLetters implements DocumentSource {
    private static final String PREFIX = "warning-";
    private final EnforcementWarnings warnings;
    private final Revision cases;
    private final LanguagePreferences languages;

    EnforcementWarningLetters(EnforcementWarnings warnings, Revision cases, LanguagePreferences languages) {
        this.warnings = warnings;
        this.cases = cases;
        this.languages = languages;
    }

    @Override
    public String name() {
        return "enforcement-warnings";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> documents(long caseId) {
        if (!payingOrCasework(caseId)) {
            return List.of();
        }
        return warnings.sentOn(caseId).stream().map(w -> new Entry(PREFIX + w.id(),
                t("enforcement.warning.title", DisplayFormats.date(w.sentOn())), w.createdAt(), "application/pdf")).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public File open(long caseId, String key) {
        EnforcementWarning w = parseId(key).flatMap(warnings::find).filter(x -> x.caseId() == caseId)
                .filter(x -> payingOrCasework(caseId))
                .orElseThrow(() -> new AccessDeniedException("No such letter of yours"));
        // In the language the paying parent chose, whoever opens it (a caseworker sees what the parent got).
        Long payer = cases.parents(caseId, CaseAction.VIEW).payingAccountId();
        Language language = payer == null ? Texts.language() : languages.forAccount(payer);
        return new File("warning-about-missed-payments-" + w.id() + ".pdf", "application/pdf", Texts.in(language, () -> pdf(w)));
    }

    /** The paying parent (or their representative) and casework; the receiving parent sees no enforcement letters (LC-12.6). */
    private boolean payingOrCasework(long caseId) {
        Revision.Parents p = cases.parents(caseId, CaseAction.VIEW);
        return p.myRole() == null || p.myRole() == PartyRole.PAYING;
    }

    static byte[] pdf(EnforcementWarning w) {
        String amount = MoneyText.format(w.amount());
        String payBy = DisplayFormats.date(w.payBy());
        return PdfDocuments.a4(t("enforcement.warning.heading"), doc -> {
            doc.add(PdfDocuments.paragraph(t("enforcement.warning.date", DisplayFormats.date(w.sentOn()))));
            doc.add(PdfDocuments.heading(t("enforcement.warning.heading")));
            doc.add(PdfDocuments.paragraph(t("enforcement.warning.intro", w.caseReference())));
            PdfPTable table = PdfDocuments.summaryTable();
            PdfDocuments.summaryRow(table, t("enforcement.warning.amount"), amount);
            PdfDocuments.summaryRow(table, t("enforcement.warning.since"), DisplayFormats.date(w.arrearsSince()));
            PdfDocuments.summaryRow(table, t("enforcement.warning.payBy"), payBy);
            PdfDocuments.summaryRow(table, t("enforcement.warning.reference"), w.caseReference());
            doc.add(table);
            doc.add(PdfDocuments.heading(t("enforcement.warning.whatToDo")));
            doc.add(PdfDocuments.paragraph(t("enforcement.warning.pay", amount, payBy)));
            doc.add(PdfDocuments.heading(t("enforcement.warning.ifNot")));
            doc.add(PdfDocuments.paragraph(t("enforcement.warning.action", payBy)));
            doc.add(PdfDocuments.paragraph(t("enforcement.warning.charges")));
            doc.add(PdfDocuments.heading(t("enforcement.warning.cannotPay")));
            doc.add(PdfDocuments.paragraph(t("enforcement.warning.plan")));
        });
    }

    private static Optional<Long> parseId(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
