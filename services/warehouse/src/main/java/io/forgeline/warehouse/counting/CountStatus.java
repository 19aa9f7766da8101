package io.forgeline.warehouse.counting;

/** OPEN until counted; then POSTED, or AWAITING_APPROVAL while a difference beyond tolerance waits for a second person. */
public enum CountStatus {
    OPEN, AWAITING_APPROVAL, POSTED
}
