package org.childmaintenance.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The client side of Vaadin Flow's state tree, as far as the driver needs it: which nodes exist, their tag,
 * attributes (id, href), properties, text and DOM listeners, rebuilt from the "changes" of each UIDL response
 * exactly as flow-client applies them. Feature numbers are Flow's {@code NodeFeatures}.
 */
final class UiTree {
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT_NODE = 7;
    static final int VIRTUAL_CHILDREN = 24;

    /** One state node: only what the driver reads. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            JsonNode v = attributes.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            // A resource URL (download) is sent as {"uri": "VAADIN/dynamic/…"}
            return v.isObject() && v.has("uri") ? v.get("uri").asString() : v.isValueNode() ? v.asString() : v.toString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode c : changes) {
            int id = c.get("node").asInt();
            String type = c.get("type").asString();
            switch (type) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), c);
                case "remove" -> map(node(id), c.get("feat").asInt()).ifPresent(m -> m.remove(c.get("key").asString()));
                case "clear" -> {
                    Node n = node(id);
                    int feat = c.get("feat").asInt();
                    if (feat == CHILDREN) {
                        n.children.clear();
                    } else {
                        map(n, feat).ifPresent(Map::clear);
                    }
                }
                case "splice" -> splice(node(id), c);
                default -> {
                    // "empty" and features the driver does not read
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static Optional<Map<String, JsonNode>> map(Node n, int feat) {
        return switch (feat) {
            case ATTRIBUTES -> Optional.of(n.attributes);
            case PROPERTIES -> Optional.of(n.properties);
            case LISTENERS -> Optional.of(n.listeners);
            default -> Optional.empty();
        };
    }

    private static void put(Node n, JsonNode c) {
        int feat = c.get("feat").asInt();
        String key = c.get("key").asString();
        JsonNode value = c.has("value") ? c.get("value") : c.get("nodeValue");
        if (feat == ELEMENT_DATA && "tag".equals(key)) {
            n.tag = value.asString();
        } else if (feat == TEXT_NODE && "text".equals(key)) {
            n.text = value.asString();
        } else {
            map(n, feat).ifPresent(m -> m.put(key, value));
        }
    }

    private static void splice(Node n, JsonNode c) {
        if (c.get("feat").asInt() != CHILDREN && c.get("feat").asInt() != VIRTUAL_CHILDREN) {
            return;
        }
        int index = c.get("index").asInt();
        int remove = c.has("remove") ? c.get("remove").asInt() : 0;
        for (int i = 0; i < remove && index < n.children.size(); i++) {
            n.children.remove(index);
        }
        if (c.has("addNodes")) {
            int at = index;
            for (JsonNode added : c.get("addNodes")) {
                n.children.add(Math.min(at++, n.children.size()), added.asInt());
            }
        }
    }

    /** The attached element whose id attribute is {@code id}. */
    Optional<Node> byId(String id) {
        return nodes.values().stream().filter(n -> id.equals(n.attribute("id"))).findFirst();
    }

    /** Elements whose id starts with the prefix, in node order (the order they were created in). */
    List<Node> byIdPrefix(String prefix) {
        return nodes.values().stream().filter(n -> {
            String id = n.attribute("id");
            return id != null && id.startsWith(prefix);
        }).sorted(java.util.Comparator.comparingInt(n -> n.id)).toList();
    }

    /** Elements of one tag, in node order. */
    List<Node> byTag(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).sorted(java.util.Comparator.comparingInt(n -> n.id)).toList();
    }

    /** Anchors (attribute href) whose href contains the text, in node order. */
    List<Node> anchorsWithHref(String contains) {
        return nodes.values().stream().filter(n -> {
            String href = n.attribute("href");
            return href != null && href.contains(contains);
        }).sorted(java.util.Comparator.comparingInt(n -> n.id)).toList();
    }

    /** All the text under a node (text nodes of its subtree), for checks such as "the page says Hello". */
    String textOf(Node n) {
        StringBuilder sb = new StringBuilder();
        collect(n, sb, 0);
        return sb.toString();
    }

    private void collect(Node n, StringBuilder sb, int depth) {
        if (n == null || depth > 200) {
            return;
        }
        if (n.text != null) {
            sb.append(n.text).append(' ');
        }
        for (int child : n.children) {
            collect(nodes.get(child), sb, depth + 1);
        }
    }

    Node root() {
        return nodes.get(1);
    }

    int size() {
        return nodes.size();
    }
}
