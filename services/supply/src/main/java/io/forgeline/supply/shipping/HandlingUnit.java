package io.forgeline.supply.shipping;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A handling unit as an accepted ASN keeps it: each line with the order line it is for, item and unit filled in. */
public record HandlingUnit(String sscc, List<Line> lines) {

    public record Line(UUID purchaseOrderId, String purchaseOrderNumber, int lineNumber, String itemCode, String gtin, String lot,
                       LocalDate expiryDate, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit) {
    }
}
