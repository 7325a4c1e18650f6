package org.councilworkspace.deliberation;

import java.util.ArrayList;
import java.util.List;
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
        int[] nodeIndex = new int[256];
        int[] offset = new int[256];
        int size = 0;
        boolean pendingSpace = false;
        int spaceNode = 0;
        int spaceOffset = 0;
        for (int n = 0; n < nodes.size(); n++) {
            String s = nodes.get(n).getWholeText();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    if (!pendingSpace) {
                        spaceNode = n;
                        spaceOffset = i;
                    }
                    pendingSpace = true;
                    continue;
                }
                if (size + 2 > nodeIndex.length) {
                    nodeIndex = java.util.Arrays.copyOf(nodeIndex, nodeIndex.length * 2);
                    offset = java.util.Arrays.copyOf(offset, offset.length * 2);
                }
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                    nodeIndex[size] = spaceNode;
                    offset[size++] = spaceOffset;
                }
                pendingSpace = false;
                out.append(c);
                nodeIndex[size] = n;
                offset[size++] = i;
            }
        }
        text = out.toString();
        nodeOf = java.util.Arrays.copyOf(nodeIndex, size);
        offsetIn = java.util.Arrays.copyOf(offset, size);
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
        // Pieces are runs of text covered by the same set of threads: a sweep over the start and end points.
        TreeMap<Integer, List<Long>> starts = new TreeMap<>();
        TreeMap<Integer, List<Long>> ends = new TreeMap<>();
        for (Highlight h : highlights) {
            int start = Math.max(0, h.start());
            int end = Math.min(text.length(), h.start() + h.length());
            if (start < end) {
                starts.computeIfAbsent(start, k -> new ArrayList<>()).add(h.threadId());
                ends.computeIfAbsent(end, k -> new ArrayList<>()).add(h.threadId());
            }
        }
        if (starts.isEmpty()) {
            return document.body().html();
        }
        java.util.TreeSet<Integer> points = new java.util.TreeSet<>(starts.keySet());
        points.addAll(ends.keySet());
        List<int[]> pieces = new ArrayList<>();
        List<String> pieceThreads = new ArrayList<>();
        java.util.TreeMap<Long, Integer> active = new java.util.TreeMap<>();
        Integer previous = null;
        for (int point : points) {
            if (previous != null && !active.isEmpty()) {
                pieces.add(new int[] {previous, point});
                StringBuilder ids = new StringBuilder();
                active.keySet().forEach(id -> ids.append(ids.length() == 0 ? "" : " ").append(id));
                pieceThreads.add(ids.toString());
            }
            ends.getOrDefault(point, List.of()).forEach(id -> active.computeIfPresent(id, (k, v) -> v == 1 ? null : v - 1));
            starts.getOrDefault(point, List.of()).forEach(id -> active.merge(id, 1, Integer::sum));
            previous = point;
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
                Element mark = new Element("mark").addClass("cw-anchor").attr("data-threads", threads)
                        .attr("tabindex", "0");
                middle.replaceWith(mark);
                mark.appendChild(middle);
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
