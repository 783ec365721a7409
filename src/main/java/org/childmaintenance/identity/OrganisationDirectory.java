package org.childmaintenance.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations by id and name, and their users: {@link #all()} lists employers (deduction orders); partner
 * centres are found by id or name (outreach).
 */
@Component
public class OrganisationDirectory {
    private final OrganisationRepository organisations;
    private final AccountRepository accounts;

    OrganisationDirectory(OrganisationRepository organisations, AccountRepository accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    public record OrganisationInfo(long id, String name) {
    }

    /** Someone who uses the service for an organisation, and their role there. */
    public record Member(long accountId, EmployerRole role) {
    }

    /**
     * The organisation's current users (removed ones are not members), for telling them of new
     * documents and deadlines. System use: no page passes an organisation id here.
     */
    @Transactional(readOnly = true)
    public List<Member> members(long organisationId) {
        return accounts.findByOrganisationIdOrderByFullName(organisationId).stream()
                .filter(a -> !a.removed())
                .map(a -> new Member(a.id(), a.employerRole() == null ? EmployerRole.PAYROLL : a.employerRole()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationInfo> all() {
        return organisations.findAll().stream()
                .filter(o -> o.kind() == Organisation.Kind.EMPLOYER)
                .map(o -> new OrganisationInfo(o.id(), o.name()))
                .sorted(java.util.Comparator.comparing(OrganisationInfo::name))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationInfo> find(long id) {
        return organisations.findById(id).map(o -> new OrganisationInfo(o.id(), o.name()));
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationInfo> findByName(String name) {
        return organisations.findByName(name).map(o -> new OrganisationInfo(o.id(), o.name()));
    }
}
