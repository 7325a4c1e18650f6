package org.councilworkspace.deliberation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The readable text of a rendered section, as a reader selects it: the concatenated text nodes of the HTML
 * with runs of whitespace collapsed to one space and the ends trimmed. The browser computes the same string
 * from the same HTML, so a passage selected there can be found here, and highlighted by wrapping it in marks.
 */
public final class PassageText {

    private final Document document;
    private final List<TextNode> nodes = new ArrayList<>();
    private final String text;
    // For each character of text: which text node it comes from and where in that node.
    private final int[] nodeOf;
    private final int[] offsetIn;

    private PassageText(String html) {
        document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        }, document.body());
        StringBuilder out = new StringBuilder();
        List<int[]> map = new ArrayList<>();
        boolean pendingSpace = false;
        int[] spaceAt = null;
        for (int n = 0; n < nodes.size(); n++) {
            String s = nodes.get(n).getWholeText();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    if (!pendingSpace) {
                        spaceAt = new int[] {n, i};
                    }
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                    map.add(spaceAt);
                }
                pendingSpace = false;
                out.append(c);
                map.add(new int[] {n, i});
            }
        }
        text = out.toString();
        nodeOf = new int[map.size()];
        offsetIn = new int[map.size()];
        for (int i = 0; i < map.size(); i++) {
            nodeOf[i] = map.get(i)[0];
            offsetIn[i] = map.get(i)[1];
        }
    }

    public static PassageText of(String safeHtml) {
        return new PassageText(safeHtml == null ? "" : safeHtml);
    }

    /** The same whitespace rule for text that came from the browser. */
    public static String collapse(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Space, tab, line feed, carriage return, form feed and no-break space: what the browser side collapses too. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0';
    }

    public String text() {
        return text;
    }

    /**
     * The HTML with each highlighted range wrapped in {@code <mark class="cw-anchor" data-threads="…">}. Overlapping
     * ranges are split into pieces that each list every thread covering them. Ranges outside the text are ignored.
     */
    public String highlighted(List<Highlight> highlights) {
        // For every character position, the threads covering it; pieces are runs with the same set.
        TreeMap<Integer, List<Long>> boundaries = new TreeMap<>();
        for (Highlight h : highlights) {
            int start = Math.max(0, h.start());
            int end = Math.min(text.length(), h.start() + h.length());
            if (start < end) {
                boundaries.computeIfAbsent(start, k -> new ArrayList<>());
                boundaries.computeIfAbsent(end, k -> new ArrayList<>());
            }
        }
        if (boundaries.isEmpty()) {
            return document.body().html();
        }
        List<int[]> pieces = new ArrayList<>();
        List<String> pieceThreads = new ArrayList<>();
        Integer previous = null;
        for (Map.Entry<Integer, List<Long>> e : boundaries.entrySet()) {
            if (previous != null) {
                int from = previous;
                int to = e.getKey();
                StringBuilder ids = new StringBuilder();
                for (Highlight h : highlights) {
                    if (h.start() <= from && h.start() + h.length() >= to) {
                        ids.append(ids.length() == 0 ? "" : " ").append(h.threadId());
                    }
                }
                if (ids.length() > 0) {
                    pieces.add(new int[] {from, to});
                    pieceThreads.add(ids.toString());
                }
            }
            previous = e.getKey();
        }
        // Wrap from the last piece backwards so earlier node offsets stay valid.
        for (int p = pieces.size() - 1; p >= 0; p--) {
            wrap(pieces.get(p)[0], pieces.get(p)[1], pieceThreads.get(p));
        }
        return document.body().html();
    }

    /** Wraps text positions [from, to) of the collapsed text, node by node, last node first. */
    private void wrap(int from, int to, String threads) {
        int last = to - 1;
        int n = nodeOf[last];
        while (n >= nodeOf[from]) {
            TextNode node = nodes.get(n);
            int startInNode = n == nodeOf[from] ? offsetIn[from] : 0;
            int endInNode = n == nodeOf[last] ? offsetIn[last] + 1 : node.getWholeText().length();
            if (startInNode < endInNode && !node.getWholeText().substring(startInNode, endInNode).isBlank()) {
                TextNode middle = startInNode > 0 ? node.splitText(startInNode) : node;
                if (endInNode - startInNode < middle.getWholeText().length()) {
                    middle.splitText(endInNode - startInNode);
                }
                Element mark = new Element("mark").addClass("cw-anchor").attr("data-threads", threads).attr("tabindex", "0");
                middle.wrap(mark.outerHtml());
                // The node list keeps the head part at index n: later wraps only touch earlier nodes.
                nodes.set(n, startInNode > 0 ? node : middle);
            }
            n--;
        }
    }

    /** A passage to mark: a thread's anchor in this text. */
    public record Highlight(long threadId, int start, int length) {
    }
}
