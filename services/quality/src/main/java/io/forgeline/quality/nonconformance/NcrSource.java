package io.forgeline.quality.nonconformance;

/** Who found the nonconformance: an inspection, an operator at the line, or a customer. */
public enum NcrSource {
    INSPECTION, OPERATOR_REPORT, CUSTOMER_COMPLAINT
}
