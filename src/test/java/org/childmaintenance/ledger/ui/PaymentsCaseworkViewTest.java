package org.childmaintenance.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.h1;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.Ui;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PaymentsCaseworkViewTest extends KaribuTest {
    @Autowired LedgerFixture fixture;

    private static String report() {
        return byId("import-report").getElement().getOuterHTML();
    }

    @Test
    void a_file_with_a_wrong_row_posts_nothing_until_the_caseworker_chooses_to_post_the_valid_rows() {
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, LocalDate.of(2033, 5, 1), 1, "100.00");
        String ok = "OK-" + c.caseId();
        String csv = "date,case_reference,amount,reference\n"
                + "2033-05-01," + c.reference() + ",120.00," + ok + "\n"
                + "2033-05-02,NOPE,10.00,BAD-" + c.caseId() + "\n";
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(PaymentsCaseworkView.class);
        assertThat(h1()).isEqualTo("Payments casework");

        UploadKt._upload(_get(Upload.class), "bank.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report()).contains("Nothing was imported: some rows are wrong", "there is no case with this reference",
                "Right, not posted");

        Ui.click("apply-valid-rows");
        assertThat(report()).contains("Payments imported", "Posted");
        assertThat(_find(Button.class, s -> s.withId("apply-valid-rows"))).isEmpty();

        UploadKt._upload(_get(Upload.class), "bank.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report()).as("the same file again: the valid row is a duplicate").contains("Already posted");
    }

    @Test
    void parents_cannot_open_the_casework_page() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(PaymentsCaseworkView.class);
        _get(AccessDeniedView.class);
    }
}
