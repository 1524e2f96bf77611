package org.ccadmin.shared.domain;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
