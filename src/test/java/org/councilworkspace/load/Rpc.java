package org.councilworkspace.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The calls a Vaadin browser client puts into a UIDL request, shaped exactly as recorded from Chromium. */
final class Rpc {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Rpc() {
    }

    static ArrayNode calls(ObjectNode... calls) {
        ArrayNode rpc = F.arrayNode();
        for (ObjectNode call : calls) {
            rpc.add(call);
        }
        return rpc;
    }

    /** The answer to a script the server ran: the value goes back on the channel the server named. */
    static ObjectNode channel(int[] channel, Object value) {
        ObjectNode call = F.objectNode().put("type", "channel").put("node", channel[0]).put("channel", channel[1]);
        ArrayNode args = call.putArray("args");
        if (value instanceof ObjectNode object) {
            args.add(object);
        } else {
            args.add(String.valueOf(value));
        }
        return call;
    }

    /** What Vaadin.Flow.getBrowserDetailsParameters() reports for a 1280×720 desktop Chromium in UTC. */
    static ObjectNode browserDetails() {
        return F.objectNode().put("v-sh", "720").put("v-sw", "1280").put("v-wh", "720").put("v-ww", "1280")
                .put("v-bh", "720").put("v-bw", "1280").put("v-curdate", Long.toString(System.currentTimeMillis()))
                .put("v-tzo", "0").put("v-dstd", "0").put("v-rtzo", "0").put("v-dston", "false").put("v-tzid", "UTC")
                .put("v-wn", "v-" + Math.random()).put("v-td", "false").put("v-pr", "1").put("v-np", "Linux x86_64");
    }

    /** The router's navigation event on the UI node (node 1); trigger "client" is a click on a router link. */
    static ObjectNode navigate(String route, String trigger) {
        ObjectNode data = F.objectNode().put("route", route).put("query", "").put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        return event(1, "ui-navigate", data);
    }

    static ObjectNode click(int node) {
        ObjectNode data = F.objectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 400)
                .put("event.clientY", 300).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 400).put("event.screenX", 410);
        return event(node, "click", data);
    }

    /** A property the element changed in the browser, e.g. a text area's value. */
    static ObjectNode sync(int node, String property, String value) {
        return F.objectNode().put("type", "mSync").put("node", node).put("feature", 1).put("property", property)
                .put("value", value);
    }

    static ObjectNode sync(int node, String property, boolean value) {
        return F.objectNode().put("type", "mSync").put("node", node).put("feature", 1).put("property", property)
                .put("value", value);
    }

    /** The debounced input event of a text area in lazy value-change mode. */
    static ObjectNode input(int node) {
        return event(node, "input", F.objectNode().put("1", 1).put("for", "trailing"));
    }

    static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode call = F.objectNode().put("type", "event").put("node", node).put("event", name);
        call.set("data", data == null ? F.objectNode() : data);
        return call;
    }

    /** A call of a client-callable method, e.g. a virtual list asking for the rows it shows. */
    static ObjectNode published(int node, String method, int... args) {
        ObjectNode call = F.objectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        ArrayNode list = call.putArray("templateEventMethodArgs");
        for (int arg : args) {
            list.add(arg);
        }
        call.put("promise", 0);
        return call;
    }
}
