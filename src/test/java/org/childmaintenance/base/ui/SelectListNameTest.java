package org.childmaintenance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A select's list of options (shown when it opens) is named after the select's label, so a screen reader says
 * which list it is in (axe aria-input-field-name, WCAG 4.1.2; found on the casework inbox and issue-order pages).
 */
class SelectListNameTest {

    @Test
    void the_list_of_a_labelled_select_carries_the_same_name_as_its_label() {
        Select<String> select = new Select<>();
        select.setItems("Northfield Foods Ltd", "Harbour Logistics");

        Forms.label(select, "Employer");

        assertThat(select.getLabel()).isEqualTo("Employer");
        List<Element> lists = select.getElement().getChildren()
                .filter(e -> "vaadin-select-list-box".equals(e.getTag())).toList();
        assertThat(lists).hasSize(1);
        assertThat(lists.getFirst().getAttribute("aria-label")).isEqualTo("Employer");
    }
}
