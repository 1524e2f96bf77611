package org.ccadmin.callsettings.application;

import java.util.List;
import org.ccadmin.callsettings.domain.BucketInterval;

/** A bucket interval as it leaves the service. */
public record BucketIntervalView(long id, String name, String description, boolean builtIn, List<Integer> upperBounds,
        long changeStamp) {

    public static BucketIntervalView of(BucketInterval b) {
        return new BucketIntervalView(b.id(), b.name(), b.description(), b.isBuiltIn(), b.upperBounds(), b.changeStamp());
    }
}
