package org.councilworkspace.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a browser tab knows about its Vaadin UI, rebuilt from the server's answers as Vaadin's client does: the UI id,
 * the security key, the next client message id, the last server sync id, and which state-tree node carries which
 * element id. Node ids differ from page to page and from run to run, so the simulation never hard-codes them.
 * One instance per virtual user and tab; Gatling runs one virtual user's steps one after another.
 */
final class UiState {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Vaadin prefixes every UIDL answer with this, against JSON hijacking. */
    private static final String GUARD = "for(;;);";
    static final String VALUE = "a field's value";
    static final String BROWSER_DETAILS = "the browser details";
    private static final String NOTIFICATION = "vaadin-notification";

    final int uiId;
    final String securityKey;
    final String pushId;
    /** The page's path, e.g. plans/1. */
    final String location;
    private int clientId;
    private int syncId;
    private final Map<String, Integer> byElementId = new HashMap<>();
    private final Map<Integer, Integer> parentOf = new HashMap<>();
    private final Map<Integer, String> tagOf = new HashMap<>();
    private final Map<Integer, String> valueOf = new HashMap<>();
    /** Open notifications: node, and when it was shown; and the duration property of nodes that have one. */
    private final Map<Integer, Long> notificationShown = new HashMap<>();
    private final Map<Integer, Integer> durationOf = new HashMap<>();
    /** Return channels the server is waiting on, by what they return: node and channel id. */
    private final Map<String, int[]> channels = new HashMap<>();

    private UiState(int uiId, String securityKey, String pushId, String location) {
        this.location = location;
        this.uiId = uiId;
        this.securityKey = securityKey;
        this.pushId = pushId;
    }

    /** Reads the answer to {@code ?v-r=init}: the bootstrap JSON with the first UIDL message inside. */
    static UiState fromInit(String body, String location) {
        JsonNode config = read(body).path("appConfig");
        JsonNode uidl = config.path("uidl");
        UiState state = new UiState(config.path("v-uiId").asInt(-1), uidl.path("Vaadin-Security-Key").asText(null),
                uidl.path("Vaadin-Push-ID").asText(null), location);
        if (state.uiId < 0 || state.securityKey == null) {
            throw new IllegalStateException("No UI id or security key in the bootstrap answer");
        }
        state.apply(uidl);
        return state;
    }

    /**
     * The envelope of a UIDL request, as the browser sends it: security key, calls, sync id and client id. Notifications
     * whose time is up go first: the browser closed them meanwhile and tells the server so.
     */
    String request(ArrayNode rpc) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("csrfToken", securityKey);
        ArrayNode calls = JsonNodeFactory.instance.arrayNode();
        closeNotifications(System.currentTimeMillis()).forEach(calls::add);
        calls.addAll(rpc);
        message.set("rpc", calls);
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        return message.toString();
    }

    /** What a closing tab sends (a beacon): the server then detaches the UI at once instead of waiting for heartbeats. */
    String unload() {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", JsonNodeFactory.instance.arrayNode());
        message.put("UNLOAD", true);
        return message.toString();
    }

    /** Applies one UIDL answer: remembers sync id, element ids, parents, tags and return channels. */
    void applyResponse(String body) {
        String json = body.startsWith(GUARD) ? body.substring(GUARD.length()) : body;
        JsonNode root = read(json);
        for (JsonNode message : root.isArray() ? root : JsonNodeFactory.instance.arrayNode().add(root)) {
            apply(message);
        }
    }

    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = Math.max(syncId, message.get("syncId").asInt());
        }
        if (message.has("clientId")) {
            clientId = Math.max(clientId, message.get("clientId").asInt());
        }
        for (JsonNode change : message.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asText();
            if (type.equals("detach")) {
                forget(node);
            } else if (type.equals("put") && change.path("feat").asInt() == 3 && "id".equals(change.path("key").asText())) {
                byElementId.put(change.path("value").asText(), node);
            } else if (type.equals("put") && change.path("feat").asInt() == 0 && "tag".equals(change.path("key").asText())) {
                tagOf.put(node, change.path("value").asText());
                if (NOTIFICATION.equals(change.path("value").asText())) {
                    notificationShown.put(node, System.currentTimeMillis());
                }
            } else if (type.equals("put") && change.path("feat").asInt() == 1
                    && "duration".equals(change.path("key").asText())) {
                durationOf.put(node, change.path("value").asInt());
            } else if (type.equals("put") && change.path("feat").asInt() == 1 && "value".equals(change.path("key").asText())
                    && change.path("value").isTextual()) {
                valueOf.put(node, change.path("value").asText());
            } else if (type.equals("splice") && change.path("feat").asInt() == 2) {
                for (JsonNode child : change.path("addNodes")) {
                    parentOf.put(child.asInt(), node);
                }
            }
        }
        for (JsonNode call : message.path("execute")) {
            String script = call.get(call.size() - 1).asText();
            String kind = script.contains("return this.value") ? VALUE
                    : script.contains("getBrowserDetailsParameters") ? BROWSER_DETAILS : null;
            if (kind != null) {
                // Arguments shaped [2, node, channel] are return channels; the first one receives the result.
                for (JsonNode argument : call) {
                    if (argument.isArray() && argument.size() == 3 && argument.get(0).asInt() == 2) {
                        channels.put(kind, new int[] {argument.get(1).asInt(), argument.get(2).asInt()});
                        break;
                    }
                }
            }
        }
    }

    /** Whether a notification is still open that the browser will close by itself. */
    boolean hasClosingNotifications() {
        return notificationShown.keySet().stream().anyMatch(node -> durationOf.getOrDefault(node, 0) > 0);
    }

    /**
     * What the browser reports for each notification whose duration has passed: its opened property turned false.
     * The server then removes it from the page; without this, every notification would stay in the server's UI.
     */
    List<ObjectNode> closeNotifications(long now) {
        List<ObjectNode> closes = new ArrayList<>();
        for (Iterator<Map.Entry<Integer, Long>> it = notificationShown.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Long> shown = it.next();
            int duration = durationOf.getOrDefault(shown.getKey(), 0);
            // A duration of 0 keeps the notification open until someone closes it.
            if (duration > 0 && shown.getValue() + duration <= now) {
                closes.add(Rpc.sync(shown.getKey(), "opened", false));
                it.remove();
            }
        }
        return closes;
    }

    private void forget(int node) {
        notificationShown.remove(node);
        durationOf.remove(node);
        byElementId.values().removeIf(n -> n == node);
        tagOf.remove(node);
        parentOf.remove(node);
        valueOf.remove(node);
    }

    boolean has(String elementId) {
        return byElementId.containsKey(elementId);
    }

    int node(String elementId) {
        Integer node = byElementId.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element with id " + elementId + " on this page");
        }
        return node;
    }

    /** The value property the server last set on this element (a text field's text), or "". */
    String value(String elementId) {
        return valueOf.getOrDefault(node(elementId), "");
    }

    /** The first element with this tag inside the element with this id (e.g. the radio group of a form). */
    Integer descendant(String ancestorId, String tag) {
        Integer ancestor = byElementId.get(ancestorId);
        if (ancestor == null) {
            return null;
        }
        for (Iterator<Map.Entry<Integer, String>> it = tagOf.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, String> entry = it.next();
            if (entry.getValue().equals(tag) && isInside(entry.getKey(), ancestor)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private boolean isInside(int node, int ancestor) {
        Integer current = parentOf.get(node);
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (current == ancestor) {
                return true;
            }
            current = parentOf.get(current);
        }
        return false;
    }

    /** The channel the server waits on for a script's result; each is answered once. */
    int[] takeChannel(String kind) {
        int[] channel = channels.remove(kind);
        if (channel == null) {
            throw new IllegalStateException("The server is not waiting for " + kind);
        }
        return channel;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
