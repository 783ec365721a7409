package org.childmaintenance.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.legacy.LegacyTypes.CollectionMethod;
import org.childmaintenance.legacy.LegacyTypes.Scheme;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyViews.RowProblem;
import org.junit.jupiter.api.Test;

class LegacyCsvTest {
    static final LocalDate TODAY = LocalDate.of(2030, 6, 1);

    private static String row(String ref, String weekly, String method, String enforcement, String clerical) {
        return LegacyRows.row(ref, "Pat Payer", "1984-02-03", "pat@example.test", "Rae Receiver", "1986-07-08", "",
                "Jamie Payer|2016-05-12", weekly, method, "100.00", enforcement, clerical);
    }

    @Test
    void a_valid_file_is_read_row_by_row_with_each_case_in_its_closure_segment() {
        LegacyCsv.Parsed p = LegacyCsv.parse(LegacyRows.file(
                row("CS-000001", "0.00", "COLLECTION", "no", "no"),
                row("CS-000002", "20.00", "NONE", "no", "yes"),
                row("CS-000003", "20.00", "DIRECT", "no", "yes"),
                row("CS-000004", "\"1,020.50\"", "collection", "n", ""),
                row("CS-000005", "0.00", "NONE", "yes", "yes")), TODAY);
        assertThat(p.problems()).isEmpty();
        assertThat(p.rowCount()).isEqualTo(5);
        assertThat(p.rows()).extracting(r -> Segment.of(r.weeklyAmount(), r.method(), r.clerical(), r.enforcement()))
                .containsExactly(Segment.NIL_ASSESSMENT, Segment.NO_PAYMENTS, Segment.CLERICAL, Segment.PAYING,
                        Segment.ENFORCEMENT);
        LegacyCsv.Row first = p.rows().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.scheme()).isEqualTo(Scheme.S2003);
        assertThat(first.paying().email()).isEqualTo("pat@example.test");
        assertThat(first.receiving().email()).as("an empty e-mail is unknown").isNull();
        assertThat(first.children()).containsExactly(new LegacyCsv.Child("Jamie Payer", LocalDate.of(2016, 5, 12)));
        assertThat(p.rows().get(3).weeklyAmount()).isEqualByComparingTo(new BigDecimal("1020.50"));
        assertThat(p.rows().get(3).method()).isEqualTo(CollectionMethod.COLLECTION);
    }

    @Test
    void every_wrong_cell_is_reported_with_its_line_and_column_and_the_row_is_not_taken() {
        String bad = LegacyRows.row("x", "Pat Payer", "03/02/1984", "not-an-email", "", "2020-01-01", "",
                "Jamie|2040-01-01", "-5", "CHEQUE", "ten", "maybe", "");
        LegacyCsv.Parsed p = LegacyCsv.parse(LegacyRows.file(row("CS-000001", "10.00", "DIRECT", "no", "no"), bad), TODAY);
        assertThat(p.rows()).extracting(LegacyCsv.Row::reference).containsExactly("CS-000001");
        assertThat(p.problems()).extracting(RowProblem::line).containsOnly(3);
        assertThat(p.problems()).extracting(RowProblem::column, RowProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("legacy_reference", "legacy.import.problem.reference"),
                org.assertj.core.groups.Tuple.tuple("paying_parent_date_of_birth", "legacy.import.problem.date"),
                org.assertj.core.groups.Tuple.tuple("paying_parent_email", "legacy.import.problem.email"),
                org.assertj.core.groups.Tuple.tuple("receiving_parent_name", "legacy.import.problem.missing"),
                org.assertj.core.groups.Tuple.tuple("receiving_parent_date_of_birth", "legacy.import.problem.dateOfBirth"),
                org.assertj.core.groups.Tuple.tuple("children", "legacy.import.problem.childAge"),
                org.assertj.core.groups.Tuple.tuple("weekly_amount", "legacy.import.problem.money"),
                org.assertj.core.groups.Tuple.tuple("collection_method", "legacy.import.problem.method"),
                org.assertj.core.groups.Tuple.tuple("arrears_balance", "legacy.import.problem.money"),
                org.assertj.core.groups.Tuple.tuple("enforcement", "legacy.import.problem.yesNo"));
    }

    @Test
    void the_same_reference_twice_in_a_file_is_refused_on_the_later_line() {
        LegacyCsv.Parsed p = LegacyCsv.parse(LegacyRows.file(row("CS-000007", "10.00", "DIRECT", "no", "no"),
                row("cs-000008", "10.00", "DIRECT", "no", "no"), row("CS-000007", "12.00", "DIRECT", "no", "no")), TODAY);
        assertThat(p.problems()).singleElement().isEqualTo(new RowProblem(4, "legacy_reference",
                "legacy.import.problem.duplicateInFile", List.of("2")));
        assertThat(p.rows()).extracting(LegacyCsv.Row::reference).containsExactly("CS-000007", "CS-000008");
    }

    @Test
    void columns_may_come_in_any_order_but_a_missing_or_unknown_column_stops_the_file() {
        String reordered = "scheme,legacy_reference,paying_parent_name,paying_parent_date_of_birth,receiving_parent_name,"
                + "receiving_parent_date_of_birth,children,weekly_amount,collection_method,arrears_balance,enforcement\n"
                + "1993,CS-000009,Pat Payer,1984-02-03,Rae Receiver,1986-07-08,Kim|2015-01-01,5.00,DIRECT,0,no\n";
        LegacyCsv.Parsed ok = LegacyCsv.parse(reordered, TODAY);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.rows().getFirst().scheme()).isEqualTo(Scheme.S1993);
        assertThat(ok.rows().getFirst().clerical()).as("optional column left out").isFalse();

        LegacyCsv.Parsed wrong = LegacyCsv.parse(reordered.replace("enforcement", "enforced"), TODAY);
        assertThat(wrong.rows()).isEmpty();
        assertThat(wrong.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "enforced", "legacy.import.problem.unknownColumn"),
                org.assertj.core.groups.Tuple.tuple(1, "enforcement", "legacy.import.problem.missingColumn"));
    }

    @Test
    void a_quoted_cell_over_two_lines_keeps_line_numbers_right_and_an_unclosed_quote_is_reported() {
        String twoLineName = LegacyRows.row("CS-000010", "\"Pat\nPayer\"", "1984-02-03", "", "Rae", "1986-07-08", "",
                "Kim|2015-01-01", "5.00", "DIRECT", "0", "no", "no");
        LegacyCsv.Parsed p = LegacyCsv.parse(LegacyRows.file(twoLineName, row("CS-000011", "x", "DIRECT", "no", "no")), TODAY);
        assertThat(p.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "paying_parent_name"), org.assertj.core.groups.Tuple.tuple(4, "weekly_amount"));

        LegacyCsv.Parsed unclosed = LegacyCsv.parse(LegacyRows.file("\"CS-000012,2003"), TODAY);
        assertThat(unclosed.problems()).extracting(RowProblem::messageKey).contains("legacy.import.problem.quotes");
    }
}
