package org.childmaintenance.base.ui;

import com.vaadin.flow.data.binder.Binder;

/**
 * A Binder that validates when the user presses Continue, not on every keystroke or blur
 * (GOV.UK pattern; ../shared/UX.md §3). {@code writeBean} still validates every binding.
 */
public class SubmitBinder<T> extends Binder<T> {
    public SubmitBinder(Class<T> beanType) {
        super(beanType);
    }

    @Override
    protected void handleFieldValueChange(Binding<T, ?> binding) {
        // Deliberately nothing: errors appear when the form is submitted.
    }
}
