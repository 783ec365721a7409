package org.childmaintenance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
    @Test
    void svg_has_a_title_a_description_one_bar_per_value_and_escapes_text() {
        String svg = BarChart.render("c", "Pay & <more>", "Two months", List.of("Paid", "Received"),
                List.of(new BarChart.Group("Jan", List.of(100.0, 50.0)), new BarChart.Group("Feb", List.of(80.0, 80.0))),
                "£");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"c-title c-desc\"",
                "<title id=\"c-title\">Pay &amp; &lt;more&gt;</title>", "<desc id=\"c-desc\">Two months</desc>",
                "Jan, Paid: £100.00");
        assertThat(svg.split("<rect").length - 1).isEqualTo(4 + 2); // bars + legend keys
    }

    @Test
    void an_empty_chart_still_renders() {
        assertThat(BarChart.render("e", "None", "No data", List.of("A"), List.of(), "£")).contains("<title");
    }
}
