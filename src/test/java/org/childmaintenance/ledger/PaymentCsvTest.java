package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of a bank file is either read or reported with its line number and reason; none disappears. */
class PaymentCsvTest {

    @Test
    void a_quoted_amount_with_a_thousands_comma_is_read_not_lost() {
        List<PaymentCsv.Row> rows = PaymentCsv.parse("date,case_reference,amount,reference\n"
                + "01/09/2031,C-1,\"1,250.00\",BANK-0001\n"
                + "\"2031-09-02\",\"c-2\",\"£2,000\",\"BANK-0002\"\n");
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.valid()).isTrue());
        assertThat(rows.get(0).amount()).isEqualByComparingTo("1250.00");
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).amount()).isEqualByComparingTo("2000.00");
        assertThat(rows.get(1).caseReference()).isEqualTo("C-2");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void short_and_long_rows_are_reported_with_their_line_numbers() {
        List<PaymentCsv.Row> rows = PaymentCsv.parse("date,case_reference,amount,reference\n"
                + "01/09/2031,C-1,120.00\n"
                + "\n"
                + "01/09/2031,C-1,1,250.00,BANK-0003\n"
                + "01/09/2031,C-1,120.00,BANK-0004\n");
        assertThat(rows).extracting(PaymentCsv.Row::line).containsExactly(2, 4, 5);
        assertThat(rows).extracting(PaymentCsv.Row::problemKey).containsExactly("ledger.import.reason.columns",
                "ledger.import.reason.columns", null);
        assertThat(rows.get(1).rawDate()).as("the row as read, to show the caseworker").contains("1,250.00");
    }

    @Test
    void bad_numbers_dates_and_references_are_reported_with_the_reason() {
        List<PaymentCsv.Row> rows = PaymentCsv.parse("01/09/2031,C-1,12x.00,BANK-0005\n"
                + "01/09/2031,C-1,-5.00,BANK-0006\n"
                + "01/09/2031,C-1,0.00,BANK-0007\n"
                + "01/09/2031,C-1,1.234,BANK-0008\n"
                + "01/09/2031,C-1,\"12,34.00\",BANK-0009\n"
                + "31/02/2031,C-1,10.00,BANK-0010\n"
                + "01/09/2031,,10.00,BANK-0011\n"
                + "01/09/2031,C-1,10.00,x\n");
        assertThat(rows).extracting(PaymentCsv.Row::line).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(rows).extracting(PaymentCsv.Row::problemKey).containsExactly(
                "ledger.import.reason.amount", "ledger.import.reason.amount", "ledger.import.reason.amount",
                "ledger.import.reason.amount", "ledger.import.reason.amount", "ledger.import.reason.date",
                "ledger.import.reason.caseMissing", "ledger.import.reason.reference");
    }

    @Test
    void a_quote_left_open_is_reported_at_its_line_and_earlier_rows_are_kept() {
        List<PaymentCsv.Row> rows = PaymentCsv.parse("01/09/2031,C-1,10.00,BANK-0012\n"
                + "01/09/2031,C-1,\"10.00,BANK-0013\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(1).problemKey()).isEqualTo("ledger.import.reason.quotes");
        assertThat(rows.get(1).line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_byte_order_mark_windows_line_ends_and_a_quoted_line_break_keep_the_line_numbers_right() {
        List<PaymentCsv.Row> rows = PaymentCsv.parse("\uFEFFDate,Case,Amount,Reference\r\n"
                + "01/09/2031,C-1,10.00,\"BANK-\n0014\"\r\n"
                + "01/09/2031,C-1,10.00,BANK-0015\r\n");
        assertThat(rows).extracting(PaymentCsv.Row::line).containsExactly(2, 4);
        assertThat(rows.get(0).problemKey()).as("a reference cannot hold a line break").isEqualTo("ledger.import.reason.reference");
        assertThat(rows.get(1).valid()).isTrue();
    }
}
