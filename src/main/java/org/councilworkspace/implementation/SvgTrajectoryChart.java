package org.councilworkspace.implementation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.councilworkspace.base.Html;

/**
 * A KPI's trajectory as an SVG string rendered on the server: the planned path from the baseline through the
 * targets (dashed) and the reported actuals (solid, with a dot per period). Lines differ in pattern as well as colour,
 * the legend is text, and every label is XML-escaped; the page puts a data table with the same numbers beside it.
 */
public final class SvgTrajectoryChart {

    /** The words the chart shows, in the reader's language, and how numbers are written. */
    public record Labels(String title, String plannedPath, String actuals, DoubleFunction<String> number) {
    }

    private static final int WIDTH = 560;
    private static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 36;

    private SvgTrajectoryChart() {
    }

    public static String render(Kpi kpi, List<Actual> actuals, Labels labels) {
        List<double[]> path = new ArrayList<>();
        path.add(new double[] {kpi.baselineYear(), kpi.baselineValue().doubleValue()});
        kpi.targets().stream().filter(t -> t.year() > kpi.baselineYear())
                .forEach(t -> path.add(new double[] {t.year(), t.value().doubleValue()}));
        List<double[]> reported = actuals.stream().map(a -> new double[] {
                StatusRule.endOf(a.year(), a.periodNo(), kpi.frequency()), a.value().doubleValue()}).toList();
        double minX = kpi.baselineYear();
        double maxX = Math.max(path.get(path.size() - 1)[0], reported.stream().mapToDouble(p -> p[0]).max()
                .orElse(minX));
        maxX = Math.max(maxX, minX + 1);
        double minY = Math.min(min(path), min(reported));
        double maxY = Math.max(max(path), max(reported));
        if (maxY - minY < 1e-9) {
            minY -= 1;
            maxY += 1;
        }
        double padding = (maxY - minY) * 0.08;
        Scale scale = new Scale(minX, maxX, minY - padding, maxY + padding);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\">");
        svg.append("<title>").append(Html.escape(labels.title())).append("</title>");
        text(svg, 0, 16, 14, "600", labels.title());
        legend(svg, labels);
        axes(svg, scale, minY - padding, maxY + padding, labels);
        svg.append("<polyline fill=\"none\" stroke=\"hsl(0, 0%, 40%)\" stroke-width=\"2\" stroke-dasharray=\"6 4\" ")
                .append("points=\"").append(points(path, scale)).append("\"/>");
        if (!reported.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"hsl(214, 60%, 42%)\" stroke-width=\"2.5\" points=\"")
                    .append(points(reported, scale)).append("\"/>");
            for (double[] p : reported) {
                svg.append("<circle r=\"4\" fill=\"hsl(214, 60%, 42%)\" cx=\"").append(fmt(scale.x(p[0])))
                        .append("\" cy=\"").append(fmt(scale.y(p[1]))).append("\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private record Scale(double minX, double maxX, double minY, double maxY) {
        double x(double v) {
            return LEFT + (v - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
        }

        double y(double v) {
            return HEIGHT - BOTTOM - (v - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static void legend(StringBuilder svg, Labels labels) {
        int y = 30;
        svg.append("<line x1=\"").append(WIDTH - 300).append("\" y1=\"").append(y - 4).append("\" x2=\"")
                .append(WIDTH - 276).append("\" y2=\"").append(y - 4)
                .append("\" stroke=\"hsl(0, 0%, 40%)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        text(svg, WIDTH - 270, y, 12, "400", labels.plannedPath());
        svg.append("<line x1=\"").append(WIDTH - 140).append("\" y1=\"").append(y - 4).append("\" x2=\"")
                .append(WIDTH - 116).append("\" y2=\"").append(y - 4)
                .append("\" stroke=\"hsl(214, 60%, 42%)\" stroke-width=\"2.5\"/>");
        text(svg, WIDTH - 110, y, 12, "400", labels.actuals());
    }

    private static void axes(StringBuilder svg, Scale scale, double low, double high, Labels labels) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\" stroke=\"currentColor\"/>");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"currentColor\"/>");
        int first = (int) Math.ceil(scale.minX());
        int last = (int) Math.floor(scale.maxX());
        int step = Math.max(1, (last - first) / 8 + 1);
        for (int year = first; year <= last; year += step) {
            double x = scale.x(year);
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(bottom + 18)
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"currentColor\">").append(year)
                    .append("</text>");
        }
        for (double v : new double[] {low, (low + high) / 2, high}) {
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(scale.y(v) + 4))
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"currentColor\">")
                    .append(Html.escape(labels.number().apply(v))).append("</text>");
        }
    }

    private static void text(StringBuilder svg, int x, int y, int size, String weight, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" font-weight=\"").append(weight).append("\" fill=\"currentColor\">")
                .append(Html.escape(text)).append("</text>");
    }

    private static String points(List<double[]> points, Scale scale) {
        StringBuilder s = new StringBuilder();
        for (double[] p : points) {
            s.append(fmt(scale.x(p[0]))).append(',').append(fmt(scale.y(p[1]))).append(' ');
        }
        return s.toString().strip();
    }

    private static double min(List<double[]> points) {
        return points.stream().mapToDouble(p -> p[1]).min().orElse(Double.POSITIVE_INFINITY);
    }

    private static double max(List<double[]> points) {
        return points.stream().mapToDouble(p -> p[1]).max().orElse(Double.NEGATIVE_INFINITY);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
