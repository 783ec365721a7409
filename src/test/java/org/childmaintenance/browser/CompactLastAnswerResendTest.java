package org.childmaintenance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.childmaintenance.support.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flow's resend, through the real servlet: when the browser repeats a message (its answer was lost), the portal
 * answers with exactly the answer it gave the first time, although between requests it keeps that answer only
 * deflated ({@code base.ui.CompactLastAnswer}); the next message is then processed as usual.
 *
 * <p>In the browser tests' JVM, with the other tests that start the real server: run in the main test JVM, this
 * real server's context left global state behind (most likely Spring Security's context holder strategy, which
 * Vaadin's security set-up replaces), and the next Karibu test's sign-in was no longer seen by the services.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CompactLastAnswerResendTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> cookies = new HashMap<>();

    @Test
    void a_repeated_message_gets_the_same_answer_again_and_the_next_one_is_processed() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        JsonNode config = JSON.readTree(get("/?v-r=init&location=help&query=").body()).get("appConfig");
        int uiId = config.get("v-uiId").asInt();
        String csrf = config.get("uidl").get("Vaadin-Security-Key").asString();

        String first = navigate(uiId, csrf, "help", 0, 0);
        String navigated = post(uiId, first);
        String repeated = post(uiId, first);

        assertThat(navigated).contains("\"clientId\":1");
        assertThat(repeated).as("the repeated message's answer").isEqualTo(navigated);
        int syncId = JSON.readTree(navigated.replaceFirst("^for\\(;;\\);", "")).get("syncId").asInt();

        String next = post(uiId, navigate(uiId, csrf, "estimate", syncId, 1));

        JsonNode answer = JSON.readTree(next.replaceFirst("^for\\(;;\\);", ""));
        assertThat(answer.get("clientId").asInt()).as("the server expects the message after it").isEqualTo(2);
        assertThat(answer.get("syncId").asInt()).isGreaterThan(syncId);
        assertThat(next).doesNotContain("appError", "sessionExpired");
    }

    private static String navigate(int uiId, String csrf, String route, int syncId, int clientId) {
        return """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",\
                "appShellTitle":"","historyState":{"idx":%d},"trigger":""}}],"syncId":%d,"clientId":%d}"""
                .formatted(csrf, route, clientId + 1, syncId, clientId);
    }

    private String post(int uiId, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").header("Cookie", cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookieHeader());
        }
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String set : response.headers().allValues("set-cookie")) {
            String[] pair = set.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0].trim(), pair.length > 1 ? pair[1].trim() : "");
        }
        return response;
    }

    private String cookieHeader() {
        StringBuilder sb = new StringBuilder();
        cookies.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "; ").append(k).append('=').append(v));
        return sb.toString();
    }
}
