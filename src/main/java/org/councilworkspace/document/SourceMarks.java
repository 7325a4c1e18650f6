package org.councilworkspace.document;

import java.util.BitSet;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Which characters of a parsed text were marked in its Markdown source (the changed words of a comparison). The
 * parser gives each text node the spans of source it came from; a node's literal is that source less escapes and
 * with entities decoded, so each literal character is matched to the next equal source character of its spans.
 */
final class SourceMarks {

    private final String source;
    private final BitSet marked;

    SourceMarks(String source, BitSet marked) {
        this.source = source;
        this.marked = marked;
    }

    /** For each character of {@code literal}, whether its source character is marked. */
    boolean[] of(Node node, String literal) {
        boolean[] out = new boolean[literal.length()];
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return out;
        }
        StringBuilder text = new StringBuilder();
        int[] index = new int[spans.stream().mapToInt(SourceSpan::getLength).sum()];
        int k = 0;
        for (SourceSpan span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                int at = span.getInputIndex() + i;
                text.append(at < source.length() ? source.charAt(at) : ' ');
                index[k++] = at;
            }
        }
        int pos = 0;
        for (int i = 0; i < literal.length(); i++) {
            int found = text.indexOf(String.valueOf(literal.charAt(i)), pos);
            int at = found >= 0 ? found : Math.min(pos, index.length - 1);
            out[i] = index.length > 0 && marked.get(index[at]);
            if (found >= 0) {
                pos = found + 1;
            }
        }
        return out;
    }
}
