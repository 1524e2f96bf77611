package org.ccadmin.callsettings.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ccadmin.callsettings.application.BucketIntervalView;
import org.ccadmin.callsettings.domain.BucketInterval;

/**
 * The fields of the bucket interval dialog: name, description and nine optional upper bounds
 * ({@code upperBounds[0]} is upperBound1). The bounds are only sent on create; they are fixed afterwards.
 */
public class BucketIntervalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long changeStamp;
    private boolean builtIn;
    private String name;
    private String description;
    private final ArrayList<Integer> upperBounds = new ArrayList<>(Arrays.asList(new Integer[BucketInterval.MAX_BOUNDS]));

    public static BucketIntervalForm blank() {
        return new BucketIntervalForm();
    }

    public static BucketIntervalForm of(BucketIntervalView v) {
        BucketIntervalForm f = new BucketIntervalForm();
        f.id = v.id();
        f.changeStamp = v.changeStamp();
        f.builtIn = v.builtIn();
        f.name = v.name();
        f.description = v.description();
        for (int i = 0; i < v.upperBounds().size() && i < BucketInterval.MAX_BOUNDS; i++) {
            f.upperBounds.set(i, v.upperBounds().get(i));
        }
        return f;
    }

    /** The bounds as the domain takes them from a form of nine fields. */
    List<Integer> bounds() {
        return BucketInterval.fromFields(upperBounds);
    }

    String nameText() {
        return name == null ? "" : name;
    }

    String descriptionText() {
        return description == null ? "" : description;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public long getChangeStamp() { return changeStamp; }
    public boolean isBuiltIn() { return builtIn; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }

    /** Nine entries, blank ones null; bound to the inputs upperBound1..upperBound9. */
    public List<Integer> getUpperBounds() { return upperBounds; }
}
