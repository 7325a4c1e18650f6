package org.councilworkspace.planimport;

/**
 * Text from a Word or plain-text file is text, not Markdown: the characters Markdown would read as formatting are
 * escaped, so a section shows exactly what the document said.
 */
final class MarkdownEscape {

    private MarkdownEscape() {
    }

    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '|') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A line that would start a heading, quote, list or rule if left alone. */
    static String lineStart(String line) {
        if (line.matches("^\\s*(#{1,6}(\\s|$)|>|[-+=](\\s|$)|[0-9]{1,9}[.)](\\s|$)).*")) {
            int at = line.indexOf(line.strip().charAt(0));
            String lead = line.substring(0, at);
            String rest = line.substring(at);
            if (Character.isDigit(rest.charAt(0))) {
                int mark = rest.indexOf('.') >= 0 && (rest.indexOf(')') < 0 || rest.indexOf('.') < rest.indexOf(')'))
                        ? rest.indexOf('.') : rest.indexOf(')');
                return lead + rest.substring(0, mark) + "\\" + rest.substring(mark);
            }
            return lead + "\\" + rest;
        }
        return line;
    }
}
