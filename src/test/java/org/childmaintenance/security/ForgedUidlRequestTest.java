package org.childmaintenance.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.summaryMessages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.identity.ui.SignInView;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery against Vaadin's own traffic: a UIDL request (what the browser sends when someone
 * clicks) is carried out only with the page's own security key, which a forging site cannot know. The message is
 * handed to Vaadin's RPC handler with the portal's real deployment configuration, as the UIDL request handler
 * does after reading the body; anything else (no key, the initial placeholder, a guessed or altered key) is
 * refused before any component sees it.
 */
class ForgedUidlRequestTest extends KaribuTest {

    /** A click on the button, as FlowClient would send it. */
    private static String click(UI ui, Button button, String csrfToken) {
        String key = csrfToken == null ? "" : "\"csrfToken\":\"" + csrfToken + "\",";
        return "{" + key + "\"rpc\":[{\"type\":\"event\",\"node\":" + button.getElement().getNode().getId()
                + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,\"event.metaKey\":false,"
                + "\"event.altKey\":false,\"event.ctrlKey\":false,\"event.button\":0,\"event.detail\":1,"
                + "\"event.screenX\":0,\"event.screenY\":0,\"event.clientX\":0,\"event.clientY\":0}}],"
                + "\"syncId\":" + ui.getInternals().getServerSyncId()
                + ",\"clientId\":" + (ui.getInternals().getLastProcessedClientToServerId() + 1) + "}";
    }

    @Test
    void a_click_without_the_pages_security_key_is_refused_and_changes_nothing() throws Exception {
        UI ui = UI.getCurrent();
        ui.navigate(SignInView.class);
        Button signIn = _get(Button.class, spec -> spec.withId("sign-in"));
        String key = ui.getCsrfToken();
        List<String> forged = new ArrayList<>();
        forged.add(null);
        forged.add("");
        forged.add("init");
        forged.add(java.util.UUID.randomUUID().toString());
        forged.add(key.substring(0, key.length() - 1) + (key.endsWith("a") ? "b" : "a"));
        for (String token : forged) {
            assertThatThrownBy(() -> new ServerRpcHandler().handleRpc(ui, click(ui, signIn, token), VaadinRequest.getCurrent()))
                    .as("key " + token).isInstanceOf(ServerRpcHandler.InvalidUIDLSecurityKeyException.class);
            assertThat(summaryMessages()).as("nothing happened on the page").isEmpty();
        }

        // The same click with the page's own key is carried out: the refusals above were for the key alone.
        new ServerRpcHandler().handleRpc(ui, click(ui, signIn, key), VaadinRequest.getCurrent());
        assertThat(errorOf("email")).isEqualTo("Enter your email address");
    }
}
