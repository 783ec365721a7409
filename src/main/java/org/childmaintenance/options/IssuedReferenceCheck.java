package org.childmaintenance.options;

import org.childmaintenance.cases.PreApplicationReferenceCheck;
import org.springframework.stereotype.Component;

/** The application journey accepts only reference numbers this service issued (LC-2.1). */
@Component
class IssuedReferenceCheck implements PreApplicationReferenceCheck {
    private final OptionsService options;

    IssuedReferenceCheck(OptionsService options) {
        this.options = options;
    }

    @Override
    public boolean wasIssued(String reference) {
        return options.isIssuedReference(reference);
    }
}
