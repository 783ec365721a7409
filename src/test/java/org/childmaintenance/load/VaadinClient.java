package org.childmaintenance.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow's protocol as flow-client does: GET the page, GET
 * {@code ?v-r=init} (the UI's first state and its security key), then {@code ?v-r=uidl} POSTs carrying the
 * security key, the server's last {@code syncId} and the next {@code clientId}. Field values are sent as
 * property syncs plus the field's "change" event, clicks as "click" events on the node whose id attribute
 * matches, navigation as the UI's "ui-navigate" event. Cookies are kept per client (the session cookie changes
 * at sign-in). Every round trip is timed into {@link Stats} under the action's label.
 */
final class VaadinClient {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DUMP = System.getProperty("load.dump");

    /** A round trip that did not do what a browser would expect (HTTP error, Vaadin error, expired session). */
    static final class LoadError extends RuntimeException {
        LoadError(String message) {
            super(message, null, false, false);
        }
    }

    private final HttpClient http;
    private final String base;
    private final Stats stats;
    private final Map<String, String> cookies = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private UiTree tree = new UiTree();
    private String location = "";
    private int uiId = -1;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private int historyIndex;
    private long lastRequestNanos;
    /** The last UIDL response's "execute" array (e.g. a redirect after sign-out). */
    private JsonNode lastExecute;

    VaadinClient(HttpClient http, String base, Stats stats) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.stats = stats;
    }

    UiTree tree() {
        return tree;
    }

    String location() {
        return location;
    }

    /** A cookie this client holds (e.g. the balancer's CMNODE), or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    /** Loads a page as a browser does: the HTML, then the UI's first state for that location. */
    void open(String label, String path) {
        String[] parts = path.split("\\?", 2);
        String route = parts[0].startsWith("/") ? parts[0].substring(1) : parts[0];
        String query = parts.length > 1 ? parts[1] : "";
        long start = System.nanoTime();
        HttpResponse<byte[]> page = send(get("/" + path.replaceFirst("^/", "")), label + ".page");
        if (page.statusCode() != 200) {
            throw new LoadError(label + ": page answered " + page.statusCode());
        }
        HttpResponse<byte[]> init = send(get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query)), label + ".init");
        if (init.statusCode() != 200) {
            throw new LoadError(label + ": init answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        tree = new UiTree();
        constants.clear();
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        clientId = 0;
        historyIndex = 0;
        location = route;
        applyUidl(uidl, label);
        // flow-client then asks the server to render the route: the UI's first "ui-navigate"
        navigate(label + ".navigate", route + (query.isEmpty() ? "" : "?" + query));
        stats.action(label, System.nanoTime() - start);
    }

    /** Follows a router link or a menu item: the UI's "ui-navigate" event, as flow-client sends it. */
    void navigate(String label, String route) {
        String[] parts = route.split("\\?", 2);
        ObjectNode data = JSON.createObjectNode();
        data.put("route", parts[0]);
        data.put("query", parts.length > 1 ? parts[1] : "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", ++historyIndex);
        data.put("trigger", "");
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", 1);
        rpc.put("event", "ui-navigate");
        rpc.set("data", data);
        uidl(label, List.of(rpc));
        location = parts[0];
    }

    /** Types a value into the field with this id and leaves it: the value property and the "change" event. */
    void setValue(String label, String elementId, String value) {
        UiTree.Node n = need(elementId);
        List<ObjectNode> rpcs = new ArrayList<>();
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", n.id);
        sync.put("feature", UiTree.PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        rpcs.add(sync);
        for (String event : List.of("change", "value-changed")) { // text fields sync on change, radio groups on value-changed
            if (n.listeners.containsKey(event)) {
                rpcs.add(event(n, event));
            }
        }
        uidl(label, rpcs);
    }

    /** Clicks the element with this id (a button): its "click" event with the data its listener asks for. */
    void click(String label, String elementId) {
        UiTree.Node n = need(elementId);
        uidl(label, List.of(event(n, "click")));
    }

    /** Downloads what an anchor points to (a letter or statement) with this session's cookie. */
    byte[] download(String label, String href) {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = send(get("/" + href.replaceFirst("^/", "")), label);
        stats.action(label, System.nanoTime() - start);
        if (r.statusCode() != 200 || r.body().length == 0) {
            throw new LoadError(label + ": download answered " + r.statusCode());
        }
        return r.body();
    }

    /** A GET of anything else a browser loads (the page after a redirect). */
    int plainGet(String label, String path) {
        long start = System.nanoTime();
        int status = send(get("/" + path.replaceFirst("^/", "")), label).statusCode();
        stats.action(label, System.nanoTime() - start);
        return status;
    }

    boolean has(String elementId) {
        return tree.byId(elementId).isPresent();
    }

    UiTree.Node need(String elementId) {
        return tree.byId(elementId).orElseThrow(() -> new LoadError("no element #" + elementId + " on " + location));
    }

    JsonNode lastExecute() {
        return lastExecute;
    }

    /** Keeps the UI alive like the browser's heartbeat when a person has been idle for a long time. */
    void heartbeatIfIdle(Duration interval) {
        if (uiId >= 0 && System.nanoTime() - lastRequestNanos > interval.toNanos()) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build();
            send(withCookies(r), "heartbeat");
        }
    }

    private ObjectNode event(UiTree.Node n, String type) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", n.id);
        rpc.put("event", type);
        ObjectNode data = rpc.putObject("data");
        JsonNode expressions = listenerExpressions(n, type);
        if (expressions != null) {
            for (var it = expressions.propertyNames().iterator(); it.hasNext(); ) {
                String expr = it.next();
                if (expr.startsWith("}") || expr.startsWith("]")) {
                    continue; // property syncs and state-node references are not event data
                }
                data.set(expr, defaultFor(expr));
            }
        }
        return rpc;
    }

    private JsonNode listenerExpressions(UiTree.Node n, String type) {
        JsonNode ref = n.listeners.get(type);
        if (ref == null) {
            return null;
        }
        return ref.isString() ? constants.get(ref.asString()) : ref;
    }

    private static JsonNode defaultFor(String expression) {
        String e = expression.toLowerCase(java.util.Locale.ROOT);
        if (e.endsWith("key") || e.startsWith("event.is") || e.contains("===")) {
            return JSON.getNodeFactory().booleanNode(false);
        }
        if (e.contains("event.key") || e.contains("code")) {
            return JSON.getNodeFactory().stringNode("");
        }
        return JSON.getNodeFactory().numberNode(0);
    }

    private void uidl(String label, List<ObjectNode> rpcs) {
        if (uiId < 0) {
            throw new LoadError(label + ": no UI open");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        rpcs.forEach(rpc::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> r = send(withCookies(request), label);
        stats.action(label, System.nanoTime() - start);
        stats.responseBytes(label, r.body().length);
        if (r.statusCode() != 200) {
            throw new LoadError(label + ": UIDL answered " + r.statusCode());
        }
        String text = new String(r.body(), StandardCharsets.UTF_8);
        if (DUMP != null) { // -Dload.dump=<folder>: keep each UIDL answer to see what a page sends
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(DUMP, label + "-" + clientId + ".json"), text);
            } catch (IOException e) {
                throw new LoadError("dump: " + e);
            }
        }
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(text);
        applyUidl(json.isArray() ? json.get(0) : json, label);
        clientId++;
    }

    private void applyUidl(JsonNode uidl, String label) {
        JsonNode meta = uidl.get("meta");
        if (meta != null && (meta.has("sessionExpired") || meta.has("appError"))) {
            throw new LoadError(label + ": " + meta);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt() - 1; // the server's next expected id; uidl() adds one
        }
        JsonNode c = uidl.get("constants");
        if (c != null) {
            for (var it = c.propertyNames().iterator(); it.hasNext(); ) {
                String key = it.next();
                constants.put(key, c.get(key));
            }
        }
        tree.apply(uidl.get("changes"));
        lastExecute = uidl.get("execute");
        if (meta != null && meta.has("async") && !uidl.has("changes")) {
            return;
        }
    }

    private HttpRequest get(String pathAndQuery) {
        return withCookies(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private HttpRequest withCookies(HttpRequest r) {
        if (cookies.isEmpty()) {
            return r;
        }
        StringBuilder sb = new StringBuilder();
        cookies.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "; ").append(k).append('=').append(v));
        return HttpRequest.newBuilder(r, (n, v) -> true).header("Cookie", sb.toString()).build();
    }

    private HttpResponse<byte[]> send(HttpRequest r, String label) {
        try {
            lastRequestNanos = System.nanoTime();
            HttpResponse<byte[]> response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            stats.roundTrip();
            for (String set : response.headers().allValues("set-cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new LoadError(label + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError(label + ": interrupted");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
