package org.childmaintenance.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.calculation.Inputs.parent;
import static org.childmaintenance.calculation.Inputs.weekly;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.childmaintenance.calculation.CalculationVectors.Vector;
import org.childmaintenance.support.EnglishNarration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Issue 17: the breakdown in Welsh says the same as in English, with the same figures, and no English sentence. */
class WelshBreakdownTest {

    private static final Locale WELSH = Locale.of("cy", "GB");
    private static final Pattern FIGURES = Pattern.compile("−?£[0-9,]+\\.[0-9]+|[0-9.]+%|\\b[0-9]+/[0-9]+\\b");
    private final CalculationEngine engine = new CalculationEngine();

    static List<Vector> vectors() {
        return CalculationVectors.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void every_worked_example_in_welsh_has_the_same_steps_and_figures_as_in_english_and_no_english_sentence(
            Vector vector) {
        CalculationResult english = engine.calculate(vector.calculationInput());
        CalculationResult welsh = engine.calculate(vector.calculationInput(), WELSH);

        assertThat(welsh).usingRecursiveComparison().ignoringFields("breakdown").isEqualTo(english);
        assertThat(welsh.breakdown()).hasSameSizeAs(english.breakdown());
        for (int i = 0; i < english.breakdown().size(); i++) {
            BreakdownStep en = english.breakdown().get(i);
            BreakdownStep cy = welsh.breakdown().get(i);
            String where = vector.id() + " step " + en.step() + ":\n" + en.explanation() + "\n" + cy.explanation();
            assertThat(cy.step()).as("the step's name is the engine's identifier").isEqualTo(en.step());
            assertThat(cy.figuresOut()).extracting(BreakdownStep.Figure::name).as(where)
                    .isEqualTo(en.figuresOut().stream().map(BreakdownStep.Figure::name).toList());
            assertThat(figures(cy.figuresIn() + " " + cy.figuresOut())).as(where)
                    .isEqualTo(figures(en.figuresIn() + " " + en.figuresOut()));
            assertThat(figures(cy.explanation())).as(where).isEqualTo(figures(en.explanation()));
            assertThat(cy.explanation()).as(where).isNotEqualTo(en.explanation()).endsWith(".");
            assertThat(EnglishNarration.in(cy.explanation() + " " + cy.rule())).as(where).isEmpty();
        }
    }

    @Test
    void welsh_cites_the_rules_in_welsh_and_leaves_out_the_id_of_an_only_receiving_parent() {
        CalculationResult result = engine.calculate(weekly("500.00", parent("RP1", 104)), WELSH);

        assertThat(result.breakdown()).extracting(BreakdownStep::rule)
                .contains("Rheoliadau 2012 rhl 34", "Atodlen 1 para 2(1)", "Atodlen 1 para 7(4)–(6)",
                        "Rheoliadau Casglu 1992 rhl 4");
        String text = result.breakdown().stream().map(BreakdownStep::explanation).collect(Collectors.joining("\n"));
        assertThat(text).contains("Incwm wythnosol gros y rhiant sy'n talu yw £500.00.",
                        "Mae'r plentyn yn aros 104 noson y flwyddyn gyda'r rhiant sy'n talu, felly mae 2/7 yn cael ei "
                                + "dynnu: £60.00 × 2/7 = £17.14 (i'r geiniog agosaf), gan adael £42.86.")
                .doesNotContain("RP1");
    }

    @Test
    void any_locale_but_welsh_gives_the_english_breakdown() {
        CalculationResult english = engine.calculate(weekly("500.00", parent("RP1", 0)));
        assertThat(engine.calculate(weekly("500.00", parent("RP1", 0)), Locale.FRANCE).breakdown())
                .isEqualTo(english.breakdown());
        assertThat(english.breakdown().getFirst().explanation())
                .isEqualTo("The paying parent's gross weekly income is £500.00.");
    }

    /** The money, percentages and fractions of a sentence, in order. */
    private static List<String> figures(String sentence) {
        return FIGURES.matcher(sentence).results().map(r -> r.group()).toList();
    }
}
