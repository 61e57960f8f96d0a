package io.chainline.console.deployment.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A small inline SVG line of values over a time window, drawn on the server (no chart component): one path segment
 * per run of samples, a gap where a sample is missing or samples are further apart than {@code maxGap}, a dot on the
 * last value, and the window's minimum and maximum in its tooltip. Only numbers this class formats go into the SVG.
 */
final class Sparkline {

    static final int WIDTH = 120;
    static final int HEIGHT = 24;
    private static final double PAD = 2;

    /** One sample: when, and the value (null when it is unknown). */
    record Point(Instant at, Double value) {
        Point {
            Objects.requireNonNull(at, "at");
        }
    }

    private Sparkline() {}

    /**
     * @param format how the tooltip writes a value ("64 MiB")
     */
    static String svg(List<Point> points, Instant from, Instant to, Duration maxGap, DoubleFunction<String> format) {
        List<Point> known = points.stream().filter(p -> p.value() != null).toList();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\">");
        if (known.isEmpty()) {
            return svg.append("<title>no samples</title>")
                    .append("<line x1=\"0\" y1=\"12\" x2=\"120\" y2=\"12\" stroke=\"currentColor\""
                            + " stroke-opacity=\"0.3\" stroke-dasharray=\"2 3\"/></svg>")
                    .toString();
        }
        double min = known.stream().mapToDouble(Point::value).min().orElseThrow();
        double max = known.stream().mapToDouble(Point::value).max().orElseThrow();
        Point last = known.getLast();
        svg.append("<title>")
                .append(escape("min " + format.apply(min) + ", max " + format.apply(max) + ", last "
                        + format.apply(last.value())))
                .append("</title>")
                .append("<path d=\"")
                .append(path(points, from, to, maxGap))
                .append("\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.2\" stroke-linecap=\"round\"/>")
                .append("<circle class=\"sparkline-last\" cx=\"")
                .append(number(x(last.at(), from, to)))
                .append("\" cy=\"")
                .append(number(y(last.value(), min, max)))
                .append("\" r=\"1.8\" fill=\"currentColor\"/></svg>");
        return svg.toString();
    }

    /** The path data: "M x y L x y …", a new "M" after every gap; a lone sample is a dot-long segment. */
    static String path(List<Point> points, Instant from, Instant to, Duration maxGap) {
        List<Point> known = points.stream().filter(p -> p.value() != null).toList();
        if (known.isEmpty()) {
            return "";
        }
        double min = known.stream().mapToDouble(Point::value).min().orElseThrow();
        double max = known.stream().mapToDouble(Point::value).max().orElseThrow();
        List<String> parts = new ArrayList<>();
        Point previous = null;
        boolean single = false;
        for (Point p : points) {
            if (p.value() == null) {
                previous = null;
                continue;
            }
            String xy = number(x(p.at(), from, to)) + " " + number(y(p.value(), min, max));
            boolean joined =
                    previous != null && Duration.between(previous.at(), p.at()).compareTo(maxGap) <= 0;
            if (!joined && single) {
                parts.add("h0.1"); // the previous run had one sample: a tiny stroke so it shows
            }
            parts.add((joined ? "L" : "M") + xy);
            single = !joined;
            previous = p;
        }
        if (single) {
            parts.add("h0.1");
        }
        return String.join(" ", parts);
    }

    private static double x(Instant at, Instant from, Instant to) {
        long window = Math.max(1, Duration.between(from, to).toMillis());
        double share = (double) Duration.between(from, at).toMillis() / window;
        return Math.clamp(share, 0, 1) * WIDTH;
    }

    /** Higher values higher up; a flat line sits in the middle. */
    private static double y(double value, double min, double max) {
        if (max == min) {
            return HEIGHT / 2.0;
        }
        return HEIGHT - PAD - (value - min) / (max - min) * (HEIGHT - 2 * PAD);
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
