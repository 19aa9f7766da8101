package io.forgeline.warehouse.receiving;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A handling unit scanned at the dock: {@code {"scan":"]C100340123450000000016"}} receives what its ASN announces.
 * Differences are counted lines ({@code lines}: what was received, of it how much damaged) with a {@code reason}.
 * A unit on no ASN is received against its supplier's purchase order ({@code "purchaseOrder": "PO-000123"} and each
 * line's {@code lineNumber}, lot and quantity: for suppliers that send no ASN), or with {@code "unplanned": true}, a
 * reason and its lines (item, lot, quantity).
 *
 * @param location      a dock bin; the first open dock bin when not given
 * @param purchaseOrder the number of the purchase order the goods on no ASN are delivered against
 */
public record ReceiptRequest(@NotBlank(message = "is required: scan the handling unit's label") String scan,
                             String location,
                             Boolean unplanned,
                             String reason,
                             String supplierCode,
                             String purchaseOrder,
                             List<@Valid Counted> lines) {

    /**
     * What the clerk counted of one line. It is matched to the ASN line by {@code purchaseOrderId} and {@code lineNumber}
     * when given, else by item and lot.
     */
    public record Counted(UUID purchaseOrderId, Integer lineNumber,
                          String itemCode, String lot, LocalDate expiresOn,
                          @PositiveOrZero(message = "may not be negative") @Digits(integer = 12, fraction = 6, message = "may have at most 6 decimals")
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
                          @PositiveOrZero(message = "may not be negative") @Digits(integer = 12, fraction = 6, message = "may have at most 6 decimals")
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal damaged,
                          String unit) {
    }

    /** A unit received as its ASN announces it, as an RFID portal reads it. */
    static ReceiptRequest asAnnounced(String scan) {
        return new ReceiptRequest(scan, null, null, null, null, null, null);
    }

    boolean againstOrder() {
        return purchaseOrder != null && !purchaseOrder.isBlank();
    }

    boolean isUnplanned() {
        return unplanned != null && unplanned;
    }

    List<Counted> counted() {
        return lines == null ? List.of() : lines;
    }
}
