package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG (no charting library, no frontend build; STACK.md). One
 * group of bars per label, one bar per series. The SVG carries a {@code <title>} and {@code <desc>}
 * for screen readers; pages should also show the figures in a table.
 */
public class BarChart extends Div {
    private static final String[] COLOURS = {"#1a5a96", "#106b3f", "#6e4a00"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final int LEFT = 60;
    private static final int BOTTOM = 40;
    private static final int TOP = 20;

    /** One labelled group of values, one value per series (same order as the series names). */
    public record Group(String label, List<Double> values) {
    }

    private final String svg;

    public BarChart(String id, String title, String description, List<String> series, List<Group> groups,
                    String unitPrefix) {
        setId(id);
        addClassName("bar-chart");
        svg = render(id, title, description, series, groups, unitPrefix);
        getElement().setProperty("innerHTML", svg);
    }

    /** The SVG markup (for tests and for embedding elsewhere). */
    public String svg() {
        return svg;
    }

    static String render(String id, String title, String description, List<String> series, List<Group> groups,
                         String unitPrefix) {
        double max = groups.stream().flatMap(g -> g.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT + 30)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" width=\"100%\" style=\"max-width:40rem\">");
        s.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        s.append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>");
        // Axis and gridlines at 0, half and top.
        for (int i = 0; i <= 2; i++) {
            double v = top * i / 2;
            int y = TOP + plotHeight - (int) Math.round(plotHeight * (top == 0 ? 0 : v / top));
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#b9bec3\" stroke-width=\"1\"/>");
            s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 5)
                    .append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#1b1d1f\">").append(esc(unitPrefix))
                    .append(String.format(Locale.UK, "%,.0f", v)).append("</text>");
        }
        int n = Math.max(1, groups.size());
        double slot = (double) plotWidth / n;
        int bars = Math.max(1, series.size());
        double barWidth = Math.min(40, slot * 0.7 / bars);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double start = LEFT + g * slot + (slot - barWidth * bars) / 2;
            for (int b = 0; b < group.values().size() && b < bars; b++) {
                double v = group.values().get(b);
                int h = top == 0 ? 0 : (int) Math.round(plotHeight * v / top);
                s.append("<rect x=\"").append(fmt(start + b * barWidth)).append("\" y=\"").append(TOP + plotHeight - h)
                        .append("\" width=\"").append(fmt(barWidth - 2)).append("\" height=\"").append(h)
                        .append("\" fill=\"").append(COLOURS[b % COLOURS.length]).append("\"><title>")
                        .append(esc(group.label() + ", " + series.get(b) + ": " + unitPrefix
                                + String.format(Locale.UK, "%,.2f", v)))
                        .append("</title></rect>");
            }
            s.append("<text x=\"").append(fmt(LEFT + g * slot + slot / 2)).append("\" y=\"").append(TOP + plotHeight + 22)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#1b1d1f\">").append(esc(group.label()))
                    .append("</text>");
        }
        // Legend
        int x = LEFT;
        for (int b = 0; b < series.size(); b++) {
            s.append("<rect x=\"").append(x).append("\" y=\"").append(HEIGHT + 8).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(COLOURS[b % COLOURS.length]).append("\"/>");
            s.append("<text x=\"").append(x + 20).append("\" y=\"").append(HEIGHT + 20)
                    .append("\" font-size=\"14\" fill=\"#1b1d1f\">").append(esc(series.get(b))).append("</text>");
            x += 30 + 9 * series.get(b).length();
        }
        s.append("</svg>");
        return s.toString();
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
