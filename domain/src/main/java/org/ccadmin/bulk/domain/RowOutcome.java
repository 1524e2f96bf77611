package org.ccadmin.bulk.domain;

/** What a row did: an agent created, updated or deleted, or nothing because the row was refused. */
public enum RowOutcome {
    CREATED, UPDATED, DELETED, FAILED;

    public boolean succeeded() {
        return this != FAILED;
    }
}
