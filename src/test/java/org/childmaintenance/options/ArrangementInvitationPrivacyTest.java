package org.childmaintenance.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.options.ArrangementFixtures.actAs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ui.ArrangementView;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * LC-17.6: neither parent sees the other's e-mail address (or any contact detail) through the
 * invitation, the agreement page, the PDF or the e-mails, only the details they chose to share.
 */
class ArrangementInvitationPrivacyTest extends KaribuTest {
    ArrangementFixtures fixtures;
    ArrangementService service;
    PortalUser author;
    PortalUser invitee;
    String invitedAddress;
    long id;

    @BeforeEach
    void invited() {
        fixtures = new ArrangementFixtures(ctx);
        service = ctx.getBean(ArrangementService.class);
        author = fixtures.newParent("Robin Author");
        invitee = fixtures.newParent("Dana Invitee");
        // The invitation goes to an address that is not the one the invitee signs in with.
        invitedAddress = TestAccounts.uniqueEmail("dana.private");
        id = fixtures.agreedArrangement(author, "Dana Invitee", LocalDate.now().plusMonths(8));
    }

    @Test
    void invitation_email_names_the_author_but_not_their_email_address() {
        fixtures.invite(author, id, invitedAddress);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String subject = jdbc.queryForObject("select subject from outbound_mail where recipient = ? order by id desc limit 1",
                String.class, invitedAddress);
        String body = fixtures.lastMailTo(invitedAddress);

        assertThat(subject).doesNotContain("Robin", "Author", author.email());
        assertThat(body).contains("Robin Author", "/arrangement/join?code=").doesNotContain(author.email());
        assertThat(body).doesNotContain("312.50", "Ruby"); // the terms are only shown after signing in
    }

    @Test
    void the_invitee_sees_names_and_shared_details_but_never_the_authors_email() throws Exception {
        String code = fixtures.invite(author, id, invitedAddress);
        actAs(invitee);
        service.acceptInvitation(code);

        ArrangementDetails seen = service.details(id);
        assertThat(seen.toString()).doesNotContain(author.email(), invitedAddress);
        assertThat(seen.otherParentName()).isEqualTo("Robin Author");
        assertThat(seen.sharedDetails()).isEqualTo("Pay into the account ending 1234");
        assertThat(ArrangementServiceTest.pdfText(service.agreementPdf(id)))
                .doesNotContain(author.email(), invitee.email(), invitedAddress);

        UI.getCurrent().navigate(ArrangementView.class, new RouteParameters("id", Long.toString(id)));
        String page = com.github.mvysny.kaributesting.v10.LocatorJ._get(ArrangementView.class).getElement().getOuterHTML();
        assertThat(page).contains("Robin Author").doesNotContain(author.email());
    }

    @Test
    void the_author_never_sees_the_address_the_invitee_signed_in_with() throws Exception {
        String code = fixtures.invite(author, id, invitedAddress);
        actAs(invitee);
        service.acceptInvitation(code);
        service.confirm(id);

        actAs(author);
        ArrangementDetails seen = service.details(id);
        assertThat(seen.toString()).doesNotContain(invitee.email(), invitedAddress);
        assertThat(ArrangementServiceTest.pdfText(service.agreementPdf(id))).doesNotContain(invitee.email());
        UI.getCurrent().navigate(ArrangementView.class, new RouteParameters("id", Long.toString(id)));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(ArrangementView.class).getElement().getOuterHTML()).doesNotContain(invitee.email(), invitedAddress);
        assertThat(fixtures.lastMailTo(author.email())).contains("has confirmed").doesNotContain(invitee.email());
    }

    @Test
    void nobody_else_learns_anything_from_a_code_they_do_not_have() {
        fixtures.invite(author, id, invitedAddress);
        PortalUser guesser = fixtures.newParent("Guess Er");
        actAs(guesser);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.acceptInvitation("aaaa-bbbb-cccc"))
                .isInstanceOfSatisfying(org.childmaintenance.base.UserFacingException.class,
                        e -> assertThat(e.fieldErrors().getFirst().message()).isEqualTo("error.arrangement.code.invalid"));
        assertThat(service.mine()).isEmpty();
    }
}
