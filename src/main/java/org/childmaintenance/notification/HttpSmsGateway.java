package org.childmaintenance.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;
import java.util.Map;

/**
 * A text message provider over HTTP (docs/sms-adapter.md): {@code POST {url}} with a JSON body
 * {@code {"to","text","reference"}} and a bearer token. 2xx: taken. 4xx other than 408/429: the
 * message is refused for good. Anything else, or no answer within 10 s: try again later.
 */
class HttpSmsGateway implements SmsGateway {
    private final URI url;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    HttpSmsGateway(String url, String token) {
        this.url = URI.create(url);
        this.token = token;
    }

    @Override
    public void send(String phone, String text, String reference) throws SmsException {
        String body = json.writeValueAsString(Map.of("to", phone, "text", text, "reference", reference));
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", reference)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        int status;
        try {
            status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new SmsException("No answer from the text message provider: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException("Interrupted", true);
        }
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retry = status >= 500 || status == 408 || status == 429;
        throw new SmsException("Provider answered HTTP " + status, retry);
    }
}
