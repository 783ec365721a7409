package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement cell a spreadsheet could run as a formula (payment references come from bank files) is defused. */
class StatementCsvGuardTest {
    @Test
    void cells_starting_like_a_formula_are_prefixed_and_quoted() {
        assertThat(StatementDocuments.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(StatementDocuments.quote("+1")).isEqualTo("\"'+1\"");
        assertThat(StatementDocuments.quote("-1")).isEqualTo("\"'-1\"");
        assertThat(StatementDocuments.quote("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(StatementDocuments.quote("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(StatementDocuments.quote("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void ordinary_cells_are_only_quoted() {
        assertThat(StatementDocuments.quote("BANK REF 123")).isEqualTo("\"BANK REF 123\"");
        assertThat(StatementDocuments.quote("")).isEqualTo("\"\"");
    }
}
