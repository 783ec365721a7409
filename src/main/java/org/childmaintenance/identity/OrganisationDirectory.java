package org.childmaintenance.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations by id and name: {@link #all()} lists employers (deduction orders); partner centres are
 * found by id or name (outreach).
 */
@Component
public class OrganisationDirectory {
    private final OrganisationRepository organisations;

    OrganisationDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public record OrganisationInfo(long id, String name) {
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
