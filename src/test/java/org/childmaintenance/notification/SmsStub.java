package org.childmaintenance.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local text message provider (JDK HttpServer on a free port) that records each call; it can fail the first ones. */
final class SmsStub implements AutoCloseable {
    record Call(String method, String path, String authorization, String contentType, String idempotencyKey, String body) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final AtomicInteger failuresLeft;

    SmsStub(int failFirst, int failStatus) throws IOException {
        failuresLeft = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            int status = failuresLeft.getAndDecrement() > 0 ? failStatus : 202;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/messages";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
