package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.childmaintenance.base.UserFacingException;

/** The "Assigned to" cell of a casework queue row: who has the item, and "Assign to me" unless it is already mine. */
final class Assignment {
    private Assignment() {
    }

    /**
     * @param what the item's reference, so each button's name says which item it takes
     * @param assign takes the item; {@code after} is told the outcome (a text for the page's status line)
     */
    static Component cell(Component page, String id, String what, boolean assigned, boolean mine, Runnable assign,
                          java.util.function.Consumer<String> after) {
        Span who = new Span(page.getTranslation(mine ? "disputes.assign.me"
                : assigned ? "disputes.assign.other" : "disputes.assign.none"));
        who.addClassName("tag");
        who.addClassName(mine ? "tag--blue" : "tag--grey");
        Div cell = new Div(who);
        if (!mine) {
            Button take = new Button(page.getTranslation("disputes.assign.button"), e -> {
                try {
                    assign.run();
                    after.accept(page.getTranslation("disputes.assign.done", what));
                } catch (UserFacingException ex) {
                    after.accept(page.getTranslation(ex.getMessage()));
                }
            });
            take.setId("assign-" + id);
            take.getElement().setAttribute("aria-label", page.getTranslation("disputes.assign.buttonFor", what));
            cell.add(take);
        }
        return cell;
    }
}
