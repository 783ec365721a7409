package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfPTable;

class PdfDocumentsTest {

    @Test
    void writes_an_a4_document_with_title_language_and_content() throws Exception {
        byte[] bytes = PdfDocuments.a4("Your agreement", doc -> {
            doc.add(PdfDocuments.heading("Money"));
            PdfPTable table = PdfDocuments.summaryTable();
            PdfDocuments.summaryRow(table, "Amount", MoneyText.format(new java.math.BigDecimal("1234.5")));
            PdfDocuments.summaryRow(table, "Shared", null);
            doc.add(table);
        });
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Your agreement");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(new PDFTextStripper().getText(pdf)).contains("Money", "Amount", "£1,234.50");
        }
    }

    @Test
    void landscape_is_wider_than_tall_and_a_failure_is_reported_not_half_written() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfDocuments.a4Landscape("Statement", doc -> doc.add(PdfDocuments.paragraph("x"))))) {
            var page = pdf.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float across = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float down = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(across).as("landscape").isGreaterThan(down);
        }
        assertThatThrownBy(() -> PdfDocuments.a4("Broken", doc -> {
            throw new IllegalArgumentException("no data");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("Broken");
    }
}
