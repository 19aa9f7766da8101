package io.forgeline.warehouse.layout;

/** What a zone is for. */
public enum ZoneKind {
    DOCK, QUARANTINE, STORAGE, STAGING, SHIPPING
}
