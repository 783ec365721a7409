package org.childmaintenance.identity;

import org.childmaintenance.base.UserFacingException;

/** Sign-in refused; the message is a translation key that never says whether the e-mail is registered. */
public class SignInFailedException extends UserFacingException {
    public SignInFailedException(String messageKey) {
        super(messageKey);
    }
}
