package io.forgeline.quality.nonconformance;

/** What becomes of nonconforming material; the contract's NcrAction names. */
public enum NcrAction {
    USE_AS_IS, REWORK, REPAIR, SCRAP, RETURN_TO_SUPPLIER
}
