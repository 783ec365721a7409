package org.childmaintenance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.Cookie;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguageChoice;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.support.KaribuTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;

/** Issue 17: {@code <html lang>} and the page's locale follow the language chosen (cookie, else the account's choice). */
class HtmlLangViewTest extends KaribuTest {

    @Test
    void the_page_is_marked_cy_for_a_visitor_who_chose_cymraeg_and_for_an_account_that_did() {
        ServiceInitEvent event = new ServiceInitEvent(VaadinService.getCurrent());
        ctx.getBean(VaadinSetup.class).serviceInit(event);
        IndexHtmlRequestListener listener = event.getAddedIndexHtmlRequestListeners().findFirst().orElseThrow();

        assertThat(langOf(listener)).as("no choice").isEqualTo("en");
        assertThat(langOf(listener, LanguageChoice.cookie(Language.WELSH, true))).as("visitor's cookie").isEqualTo("cy");
        assertThat(langOf(listener, LanguageChoice.cookie(Language.ENGLISH, true))).isEqualTo("en");

        String email = ctx.getBean(CaseFixtures.class).newParent("cymraeg");
        ctx.getBean(JdbcTemplate.class).update("update account set language = 'cy' where email = ?", email.toLowerCase());
        signInAs(email);
        assertThat(langOf(listener, LanguageChoice.cookie(Language.ENGLISH, true))).as("the account's choice comes first")
                .isEqualTo("cy");
    }

    @Test
    void a_page_loaded_with_the_welsh_cookie_is_drawn_in_welsh() {
        reloadPage(LanguageChoice.cookie(Language.WELSH, true));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.WELSH.locale());
        UI.getCurrent().navigate("help");
        assertThat(org.childmaintenance.support.Ui.h1()).isEqualTo(UI.getCurrent().getTranslation("help.title"))
                .isNotEqualTo(org.childmaintenance.base.Texts.t(Language.ENGLISH, "help.title"));
    }

    /** The time-out warning is drawn by session-timeout.js from texts the layout gives it in the page's language. */
    @Test
    void the_session_time_out_warning_is_given_its_texts_in_the_pages_language() {
        reloadPage(LanguageChoice.cookie(Language.WELSH, true));
        UI.getCurrent().navigate("help");
        com.vaadin.flow.dom.Element shell = org.childmaintenance.support.Ui.byId("app-shell").getElement();
        assertThat(shell.getAttribute("data-session-warning"))
                .startsWith("Er mwyn cadw eich gwybodaeth yn ddiogel, byddwn yn eich allgofnodi ymhen {0} munud");
        assertThat(shell.getAttribute("data-session-stay")).isEqualTo("Aros wedi mewngofnodi");

        reloadPage(LanguageChoice.cookie(Language.ENGLISH, true));
        UI.getCurrent().navigate("help");
        assertThat(org.childmaintenance.support.Ui.byId("app-shell").getElement().getAttribute("data-session-warning"))
                .isEqualTo("For your security, we will sign you out in {0} minutes if you do nothing."
                        + " Unsaved answers will be lost.");
    }

    private static String langOf(IndexHtmlRequestListener listener, Cookie... cookies) {
        MockHttpServletRequest http = new MockHttpServletRequest("GET", "/");
        if (cookies.length > 0) {
            http.setCookies(cookies);
        }
        VaadinServletRequest request = new VaadinServletRequest(http, (VaadinServletService) VaadinService.getCurrent());
        Document page = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        listener.modifyIndexHtmlResponse(new IndexHtmlResponse(request, null, page));
        return page.getElementsByTag("html").attr("lang");
    }
}
