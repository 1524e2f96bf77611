package org.ccadmin.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Reference;
import org.ccadmin.shared.domain.ReferenceFinder;

/** Asks every {@link ReferenceFinder} before an item is deleted. */
@ApplicationScoped
public class References {

    @Inject
    @Any
    private Instance<ReferenceFinder> finders;

    public void refuseIfReferenced(Auditable item) {
        List<Reference> found = new ArrayList<>();
        for (ReferenceFinder finder : finders) {
            found.addAll(finder.referencesTo(item.auditType(), item.auditId()));
        }
        if (!found.isEmpty()) {
            throw ConflictException.referenced(item.auditType(), item.auditName(), found);
        }
    }
}
