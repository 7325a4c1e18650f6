package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Footnotes of many texts put into one Markdown file. Every section may have its own "[^1]"; in one file those
 * labels would collide and the second section's references would point at the first one's notes. So references are
 * renumbered through the whole file in the order of first citation ({@code [^1]}, {@code [^2]} …), and each text's
 * notes are written at its end, in that order. A definition nothing cites stays as a paragraph (no words lost), a
 * reference inside a note is escaped, so it shows as written. Everything else is left exactly as typed. One
 * instance per file; not thread-safe.
 */
public final class MarkdownNotes {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private int last;

    /** One text with its notes numbered after those of the texts before it. */
    public String renumber(String markdown) {
        if (markdown == null || !markdown.contains("[^")) {
            return markdown;
        }
        Node document = PARSER.parse(markdown);
        List<Definition> definitions = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        collect(document, markdown, definitions, edits, null);
        // A label defined twice: the first definition is the note, the others stay as their words.
        Map<String, Definition> first = new LinkedHashMap<>();
        definitions.forEach(d -> first.putIfAbsent(d.label, d));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Edit e : edits) {
            if (e.label != null) {
                e.replacement = first.containsKey(e.label)
                        ? "[^" + numbers.computeIfAbsent(e.label, l -> ++last) + "]"
                        : markdown.substring(e.start, e.end);
            }
        }
        if (numbers.isEmpty() && definitions.isEmpty()) {
            return markdown;
        }
        StringBuilder body = new StringBuilder(apply(markdown, edits, 0, markdown.length()));
        StringBuilder notes = new StringBuilder();
        for (Map.Entry<String, Integer> cited : numbers.entrySet()) {
            notes.append("[^").append(cited.getValue()).append("]: ")
                    .append(first.get(cited.getKey()).text(markdown, edits)).append("\n\n");
        }
        for (Definition d : definitions) {
            if (!numbers.containsKey(d.label) || first.get(d.label) != d) {
                notes.append(d.text(markdown, edits)).append("\n\n");
            }
        }
        return body.toString().strip() + "\n\n" + notes.toString().strip();
    }

    /** Finds references (to renumber), definitions (to move) and references inside notes (to escape). */
    private static void collect(Node parent, String source, List<Definition> definitions, List<Edit> edits,
                                Definition inNote) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d && inNote == null) {
                Definition def = new Definition(d.getLabel(), d.getSourceSpans(), source);
                definitions.add(def);
                // The definition's line break goes with it, so the text keeps no empty line where it stood.
                int end = def.end < source.length() && source.charAt(def.end) == '\n' ? def.end + 1 : def.end;
                edits.add(new Edit(def.start, end, "", null));
                collect(n, source, definitions, edits, def);
            } else if (n instanceof FootnoteReference ref && !ref.getSourceSpans().isEmpty()) {
                SourceSpan span = ref.getSourceSpans().get(0);
                int start = span.getInputIndex();
                edits.add(inNote != null
                        ? new Edit(start, start, "\\", null)
                        : new Edit(start, start + span.getLength(), null, ref.getLabel()));
            } else {
                collect(n, source, definitions, edits, inNote);
            }
        }
    }

    /** The source between {@code from} and {@code to} with the edits inside it applied. */
    private static String apply(String source, List<Edit> edits, int from, int to) {
        List<Edit> inside = edits.stream().filter(e -> e.start >= from && e.end <= to)
                .sorted(Comparator.comparingInt((Edit e) -> e.start)).toList();
        StringBuilder out = new StringBuilder();
        int at = from;
        for (Edit e : inside) {
            if (e.start < at) {
                continue; // inside a part already replaced (a reference within a removed definition)
            }
            out.append(source, at, e.start).append(e.replacement);
            at = e.end;
        }
        return out.append(source, at, to).toString();
    }

    private static final class Edit {
        final int start;
        final int end;
        final String label;
        String replacement;

        Edit(int start, int end, String replacement, String label) {
            this.start = start;
            this.end = end;
            this.replacement = replacement;
            this.label = label;
        }
    }

    private static final class Definition {
        final String label;
        final int start;
        final int end;
        /** Where the note's own text starts: after "[^label]:" and the spaces following it. */
        final int textStart;

        Definition(String label, List<SourceSpan> spans, String source) {
            this.label = label;
            this.start = spans.get(0).getInputIndex();
            SourceSpan lastSpan = spans.get(spans.size() - 1);
            this.end = lastSpan.getInputIndex() + lastSpan.getLength();
            int colon = source.indexOf("]:", start) + 2;
            int t = colon;
            while (t < end && (source.charAt(t) == ' ' || source.charAt(t) == '\t')) {
                t++;
            }
            this.textStart = t;
        }

        /** The note's text, its inner references escaped. */
        String text(String source, List<Edit> edits) {
            List<Edit> inner = edits.stream().filter(e -> e.start >= textStart && e.end <= end && e.start < end
                    && "\\".equals(e.replacement)).toList();
            return apply(source, inner, textStart, end).strip();
        }
    }
}
