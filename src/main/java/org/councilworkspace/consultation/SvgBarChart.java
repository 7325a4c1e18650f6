package org.councilworkspace.consultation;

import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.Html;

/**
 * A horizontal bar chart as an SVG string, rendered on the server. Every bar carries its label and its
 * number as text, so the chart does not depend on colour, and screen readers get its title (role img).
 * Every label is XML-escaped.
 */
public final class SvgBarChart {

    /** One bar. */
    public record Bar(String label, int value) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 260;
    private static final int ROW = 28;

    private SvgBarChart() {
    }

    public static String render(String title, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int height = ROW * Math.max(1, bars.size()) + 36;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<text x=\"0\" y=\"18\" font-size=\"15\" font-weight=\"600\" fill=\"currentColor\">")
                .append(escape(title)).append("</text>");
        int barSpace = WIDTH - LABEL_WIDTH - 60;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 30 + i * ROW;
            int w = (int) Math.round((double) bar.value() / max * barSpace);
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\" fill=\"currentColor\">")
                    .append(escape(clip(bar.label()))).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(Math.max(w, 1)).append("\" height=\"18\" fill=\"hsl(214, 60%, 42%)\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + Math.max(w, 1) + 6).append("\" y=\"").append(y + 17)
                    .append("\" font-size=\"13\" fill=\"currentColor\">")
                    .append(String.format(Locale.ROOT, "%d", bar.value())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String clip(String label) {
        String text = label == null ? "" : label;
        int count = text.codePointCount(0, text.length());
        return count <= 34 ? text : text.substring(0, text.offsetByCodePoints(0, 33)) + "…";
    }

    static String escape(String text) {
        return Html.escape(text);
    }
}
