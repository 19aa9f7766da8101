package io.forgeline.warehouse.receiving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line of an announced handling unit, as the supplier's ASN gave it. {@code gtin}, {@code lot} and {@code expiryDate} may be null. */
public record ExpectedLine(UUID purchaseOrderId, String purchaseOrderNumber, int lineNumber, String itemCode, String gtin, String lot,
                           LocalDate expiryDate, BigDecimal quantity, String unit) {
}
