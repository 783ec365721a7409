package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.childmaintenance.support.ProfileProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.autoconfigure.servlet.ServletWebServerFactoryCustomizer;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The session cookie and session settings as a real Tomcat sends them, configured the way Spring Boot
 * configures the portal's server from our own properties files: the default run (H2, and the tests' settings)
 * and the production profile (mariadb). No Spring context is started; only the embedded server.
 */
class SessionCookieTest {

    /** What one request to a page that opens a session gets back, and what TRACE gets. */
    record Answer(String setCookie, String body, int traceStatus) {
    }

    private static Answer ask(ConfigurableEnvironment env) throws Exception {
        ServerProperties server = Binder.get(env).bind("server", ServerProperties.class).orElseGet(ServerProperties::new);
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new ServletWebServerFactoryCustomizer(server).customize(factory);
        factory.setPort(0);
        WebServer web = factory.getWebServer(context -> context.addServlet("probe", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                int idleSeconds = request.getSession(true).getMaxInactiveInterval();
                response.getWriter().print(idleSeconds + " " + response.encodeURL("/next"));
            }
        }).addMapping("/probe"));
        web.start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            URI probe = URI.create("http://127.0.0.1:" + web.getPort() + "/probe");
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> trace = http.send(HttpRequest.newBuilder(probe)
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(get.headers().firstValue("Set-Cookie").orElse(""), get.body(), trace.statusCode());
        } finally {
            web.stop();
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_the_id_never_goes_into_urls() throws Exception {
        Answer answer = ask(ProfileProperties.of());
        assertThat(answer.setCookie()).startsWith("JSESSIONID=").contains("; Path=/", "; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(answer.body()).as("idle timeout, and a URL the portal writes").isEqualTo("1800 /next");
    }

    @Test
    void production_also_sends_it_only_over_https() throws Exception {
        Answer answer = ask(ProfileProperties.of("mariadb"));
        assertThat(answer.setCookie()).startsWith("JSESSIONID=")
                .contains("; Path=/", "; Secure", "; HttpOnly", "; SameSite=Lax");
        assertThat(answer.body()).isEqualTo("1800 /next");
    }

    @Test
    void trace_is_refused() throws Exception {
        assertThat(ask(ProfileProperties.of("mariadb")).traceStatus()).isEqualTo(405);
    }
}
