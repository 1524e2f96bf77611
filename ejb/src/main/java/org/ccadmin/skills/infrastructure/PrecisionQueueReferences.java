package org.ccadmin.skills.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ccadmin.callsettings.domain.BucketInterval;
import org.ccadmin.callsettings.domain.MediaRoutingDomain;
import org.ccadmin.shared.domain.Reference;
import org.ccadmin.shared.domain.ReferenceFinder;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.PrecisionQueue;

/**
 * What precision queues refer to: attributes (in terms), media routing domains, bucket intervals, and other
 * queues (in Consider If formulas). Deleting any of these while a queue uses it is refused naming the queues.
 */
@ApplicationScoped
public class PrecisionQueueReferences implements ReferenceFinder {

    @Inject
    private JpaPrecisionQueues queues;

    @Override
    public List<Reference> referencesTo(String resourceType, long id) {
        List<PrecisionQueue> found = switch (resourceType) {
            case Attribute.RESOURCE -> queues.usingAttribute(id);
            case MediaRoutingDomain.RESOURCE -> queues.onMediaRoutingDomain(id);
            case BucketInterval.RESOURCE -> queues.usingBucketInterval(id);
            case PrecisionQueue.RESOURCE -> queues.find(id).map(q -> queues.referencing(q.name(), id)).orElse(List.of());
            default -> List.of();
        };
        return found.stream().map(q -> new Reference(PrecisionQueue.RESOURCE, q.id(), q.name())).toList();
    }
}
