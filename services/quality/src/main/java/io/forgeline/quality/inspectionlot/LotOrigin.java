package io.forgeline.quality.inspectionlot;

/** Where a lot to inspect came from: a goods receipt, production, or an inspector or engineer by hand. */
public enum LotOrigin {
    RECEIPT, PRODUCTION, MANUAL
}
