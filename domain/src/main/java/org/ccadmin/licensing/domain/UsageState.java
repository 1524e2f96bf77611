package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that orders usage cluster-wide: every sign-in or sign-out and every window computation lock it,
 * so a window is computed once and no event lands in a window already computed. It remembers the end of the
 * last computed window (null before the first).
 */
@Entity
@Table(name = "usage_state")
public class UsageState {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "last_window_end")
    private Instant lastWindowEnd;

    protected UsageState() {
    }

    public Instant lastWindowEnd() {
        return lastWindowEnd;
    }

    public void computedUntil(Instant windowEnd) {
        lastWindowEnd = windowEnd;
    }
}
