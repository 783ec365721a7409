package org.childmaintenance.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A grouped bar chart drawn on the server as SVG (no chart library, no frontend build). The SVG has
 * {@code role="img"} with a {@code <title>} and a {@code <desc>} that reads out every value, so a
 * screen reader gets the data too; a page should still show the same figures in a table.
 */
public class BarChart extends Div {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;

    /** One series: a name for the legend, a CSS modifier for its colour, one value per category. */
    public record Series(String name, String cssModifier, List<Double> values) {
    }

    private final String svg;

    public BarChart(String id, String title, String description, List<String> categories, List<Series> series,
                    DoubleFunction<String> format) {
        setId(id);
        addClassName("bar-chart");
        StringBuilder desc = new StringBuilder(description);
        for (int c = 0; c < categories.size(); c++) {
            desc.append(' ').append(categories.get(c)).append(':');
            for (Series s : series) {
                desc.append(' ').append(s.name()).append(' ').append(format.apply(s.values().get(c))).append(',');
            }
            desc.setCharAt(desc.length() - 1, '.');
        }
        double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        double top = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - 8;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" focusable=\"false\">");
        b.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        b.append("<desc id=\"").append(id).append("-desc\">").append(escape(desc.toString())).append("</desc>");
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            b.append(String.format(Locale.ROOT, "<line class=\"bar-chart__grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT, WIDTH - 8, y, y));
            b.append(String.format(Locale.ROOT, "<text class=\"bar-chart__axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT - 6, y + 5, escape(format.apply(value))));
        }
        int n = Math.max(1, categories.size());
        double groupWidth = (double) plotWidth / n;
        double barWidth = Math.max(2, (groupWidth - 8) / Math.max(1, series.size()));
        for (int c = 0; c < categories.size(); c++) {
            double x0 = LEFT + c * groupWidth + 4;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values().get(c);
                double h = top == 0 ? 0 : plotHeight * v / top;
                b.append(String.format(Locale.ROOT,
                        "<rect class=\"bar-chart__bar bar-chart__bar--%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                        series.get(s).cssModifier(), x0 + s * barWidth, TOP + plotHeight - h, barWidth - 1, h));
            }
            b.append(String.format(Locale.ROOT, "<text class=\"bar-chart__axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x0 + groupWidth / 2 - 4, HEIGHT - BOTTOM + 18, escape(categories.get(c))));
        }
        b.append("</svg>");
        svg = b.toString();
        Div picture = new Div();
        picture.getElement().setProperty("innerHTML", svg);
        Div legend = new Div();
        legend.addClassName("bar-chart__legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        for (Series s : series) {
            Div key = new Div();
            key.addClassName("bar-chart__key");
            key.addClassName("bar-chart__key--" + s.cssModifier());
            key.setText(s.name());
            legend.add(key);
        }
        add(picture, legend);
    }

    /** The SVG markup (for tests and for anyone embedding it elsewhere). */
    public String svg() {
        return svg;
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
