package org.childmaintenance.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.navLinks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.childmaintenance.base.ui.ServiceAccessDeniedView;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Documents page: the party's letters and statements to download; nobody else's. */
class DocumentsViewTest extends KaribuTest {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;

    @Test
    void the_demo_parent_downloads_their_decision_letter_and_statements() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(h1()).isEqualTo("Documents");
        assertThat(navLinks()).contains("Documents");
        assertThat(byId("documents-case").getElement().getText()).contains("121000000001");
        assertThat(byId("documents").getElement().getOuterHTML()).contains("Download", "Payment statement to");
        Anchor first = _get(Anchor.class, s -> s.withId("document-0"));
        assertThat(first.getHref()).startsWith("files/documents/");
        assertThat(first.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void a_case_with_no_documents_says_so_and_another_case_is_refused() {
        String parent = fx.newParent("nodocs");
        signInAs(parent);
        UI.getCurrent().navigate(DocumentsView.class);
        assertThat(byId("no-case").getElement().getText()).isEqualTo("You have no case yet, so there are no documents.");

        signInAs("parent@example.com");
        long demo = cases.myCases().getFirst().id();
        SecurityContextHolder.clearContext();
        signInAs(parent);
        UI.getCurrent().navigate("documents/" + demo);
        assertThat(_find(ServiceAccessDeniedView.class)).hasSize(1);
    }
}
