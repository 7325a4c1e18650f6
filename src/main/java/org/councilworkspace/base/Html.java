package org.councilworkspace.base;

/**
 * Escaping of what a person typed for HTML and XML (SVG) the server writes itself: safe in element content and in
 * quoted attributes alike, so a caller cannot use it in the wrong place. Characters that XML 1.0 forbids even
 * escaped (control characters other than tab and line breaks) become U+FFFD, so the text is never silently shortened.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, out, false);
        return out.toString();
    }

    /** Appends the escaped text; with {@code lineBreaks}, each line break (LF, CRLF or a lone CR) becomes {@code <br>}. */
    public static void escape(CharSequence text, StringBuilder out, boolean lineBreaks) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append(lineBreaks ? "<br>" : "\n");
                case '\r' -> {
                    boolean crlf = i + 1 < length && text.charAt(i + 1) == '\n';
                    if (!lineBreaks) {
                        out.append('\r');
                    } else if (!crlf) {
                        out.append("<br>"); // a lone CR still breaks the line, as a browser shows it
                    }
                }
                case '\t' -> out.append('\t');
                default -> out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
    }
}
