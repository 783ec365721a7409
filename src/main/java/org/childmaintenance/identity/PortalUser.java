package org.childmaintenance.identity;

import java.util.Collection;
import java.util.List;
import org.childmaintenance.base.PortalPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in person as the security context holds them. No password is kept here: the
 * session never carries a hash.
 */
public record PortalUser(long accountId, String email, String fullName, AccountKind kind, Long organisationId,
                         EmployerRole employerRole) implements PortalPrincipal {

    static PortalUser of(Account a) {
        return new PortalUser(a.id(), a.email(), a.fullName(), a.kind(), a.organisationId(), a.employerRole());
    }

    /** Roles as Spring authorities: the kind, and for employers also EMPLOYER_ADMIN or EMPLOYER_PAYROLL. */
    public Collection<GrantedAuthority> authorities() {
        return switch (kind) {
            case PARENT -> List.of(new SimpleGrantedAuthority("ROLE_PARENT"));
            case REPRESENTATIVE -> List.of(new SimpleGrantedAuthority("ROLE_REPRESENTATIVE"));
            case CASEWORKER -> List.of(new SimpleGrantedAuthority("ROLE_CASEWORKER"));
            case PARTNER_USER -> List.of(new SimpleGrantedAuthority("ROLE_PARTNER"));
            case EMPLOYER_USER -> List.of(new SimpleGrantedAuthority("ROLE_EMPLOYER"),
                    new SimpleGrantedAuthority("ROLE_EMPLOYER_" + (employerRole == null ? EmployerRole.PAYROLL : employerRole).name()));
        };
    }

    @Override
    public String toString() {
        return "PortalUser[" + accountId + "]";
    }
}
