package org.childmaintenance.base;

/** What every feature may know about the signed-in person (implemented by the identity feature). */
public interface PortalPrincipal {
    long accountId();

    String email();

    String fullName();
}
