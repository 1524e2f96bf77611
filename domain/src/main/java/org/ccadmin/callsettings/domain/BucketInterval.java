package org.ccadmin.callsettings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/**
 * A bucket interval: up to nine upper bounds in seconds that split answer and abandon times into bins
 * for reporting. The bounds are strictly increasing without gaps and are fixed at creation, because past
 * report data was counted in them; only name and description change afterwards. The built-in interval
 * cannot be edited or deleted.
 */
@Entity
@Table(name = "bucket_interval")
public class BucketInterval implements Auditable {

    public static final String RESOURCE = "bucket interval";
    public static final int MAX_PER_SYSTEM = 12000;
    public static final int MAX_BOUNDS = 9;
    public static final Set<String> SORTABLE = Set.of("name", "description", "id", "upperBound1", "upperBound2",
            "upperBound3", "upperBound4", "upperBound5", "upperBound6", "upperBound7", "upperBound8", "upperBound9");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 32)
    private String name;

    @Column(name = "name_key", nullable = false, length = 32)
    private String nameKey;

    @Column(name = "description", length = 255)
    private String description;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    // Nine columns rather than a collection: lists sort by any bound, and a row is read in one query.
    @Column(name = "upper_bound_1", nullable = false) private Integer upperBound1;
    @Column(name = "upper_bound_2") private Integer upperBound2;
    @Column(name = "upper_bound_3") private Integer upperBound3;
    @Column(name = "upper_bound_4") private Integer upperBound4;
    @Column(name = "upper_bound_5") private Integer upperBound5;
    @Column(name = "upper_bound_6") private Integer upperBound6;
    @Column(name = "upper_bound_7") private Integer upperBound7;
    @Column(name = "upper_bound_8") private Integer upperBound8;
    @Column(name = "upper_bound_9") private Integer upperBound9;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected BucketInterval() {
    }

    public static BucketInterval create(String name, String description, List<Integer> upperBounds) {
        Violations v = new Violations();
        Names.checkName(v, "name", name);
        Names.checkDescription(v, "description", description);
        checkBounds(v, upperBounds);
        v.throwIfAny();
        BucketInterval b = new BucketInterval();
        b.name = name;
        b.nameKey = Names.key(name);
        b.description = Names.normalizeDescription(description);
        b.setBounds(upperBounds);
        return b;
    }

    /**
     * Changes name and description (null keeps the current value). Bounds may be repeated unchanged, so
     * a client can send back what it read, but any other value is refused.
     */
    public void revise(String newName, String newDescription, List<Integer> upperBounds) {
        if (builtIn) {
            throw ConflictException.builtIn(RESOURCE, name, "changed");
        }
        Violations v = new Violations();
        String effectiveName = newName != null ? newName : name;
        Names.checkName(v, "name", effectiveName);
        Names.checkDescription(v, "description", newDescription);
        if (upperBounds != null && !upperBounds.equals(upperBounds())) {
            v.add("upperBounds", "invalidInput.immutable",
                    "upperBounds cannot change after creation; create a new bucket interval instead.");
        }
        v.throwIfAny();
        name = effectiveName;
        nameKey = Names.key(effectiveName);
        if (newDescription != null) {
            description = Names.normalizeDescription(newDescription);
        }
    }

    public void checkDeletable() {
        if (builtIn) {
            throw ConflictException.builtIn(RESOURCE, name, "deleted");
        }
    }

    /** The bounds rule: 1 to 9 values, each a positive whole number of seconds greater than the one before. */
    static void checkBounds(Violations v, List<Integer> bounds) {
        if (bounds == null || bounds.isEmpty()) {
            v.add("upperBounds", "invalidInput.fieldRequired", "upperBounds needs at least one upper bound (upperBound1).");
            return;
        }
        if (bounds.size() > MAX_BOUNDS) {
            v.add("upperBounds", "invalidInput.tooManyValues", "upperBounds holds at most " + MAX_BOUNDS + " values.");
            return;
        }
        Integer previous = null;
        for (int i = 0; i < bounds.size(); i++) {
            Integer bound = bounds.get(i);
            String field = "upperBound" + (i + 1);
            if (bound == null) {
                v.add(field, "invalidInput.gap", field + " is blank but a later bound is set; bounds must not have gaps.");
                return;
            }
            if (bound < 1) {
                v.add(field, "invalidInput.outOfRange", field + " must be a whole number of seconds from 1 to " + Integer.MAX_VALUE + ".");
                return;
            }
            if (previous != null && bound <= previous) {
                v.add(field, "invalidInput.notIncreasing", field + " (" + bound + ") must be greater than upperBound" + i + " (" + previous + ").");
                return;
            }
            previous = bound;
        }
    }

    /** Bounds as given by a form of nine optional fields: trailing blanks are dropped, inner blanks are gaps. */
    public static List<Integer> fromFields(List<Integer> nine) {
        List<Integer> bounds = new ArrayList<>(nine);
        while (!bounds.isEmpty() && bounds.get(bounds.size() - 1) == null) {
            bounds.remove(bounds.size() - 1);
        }
        return bounds;
    }

    private void setBounds(List<Integer> b) {
        Integer[] a = new Integer[MAX_BOUNDS];
        for (int i = 0; i < b.size(); i++) {
            a[i] = b.get(i);
        }
        upperBound1 = a[0]; upperBound2 = a[1]; upperBound3 = a[2]; upperBound4 = a[3]; upperBound5 = a[4];
        upperBound6 = a[5]; upperBound7 = a[6]; upperBound8 = a[7]; upperBound9 = a[8];
    }

    public List<Integer> upperBounds() {
        List<Integer> all = new ArrayList<>(List.of());
        for (Integer b : new Integer[] {upperBound1, upperBound2, upperBound3, upperBound4, upperBound5,
                upperBound6, upperBound7, upperBound8, upperBound9}) {
            if (b == null) {
                break;
            }
            all.add(b);
        }
        return List.copyOf(all);
    }

    @Override
    public String auditType() {
        return "bucketInterval";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditName() {
        return name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("description", description);
        s.put("upperBounds", upperBounds());
        return s;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public boolean isBuiltIn() { return builtIn; }
    public long changeStamp() { return changeStamp; }

    @Override
    public boolean equals(Object o) {
        return o instanceof BucketInterval other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

}
