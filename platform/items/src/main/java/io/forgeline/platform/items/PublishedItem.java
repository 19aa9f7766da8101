package io.forgeline.platform.items;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.platform.inbox.PoisonEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Pure rule: one item change read into the values of one row. Protobuf has no null, so scheduling sends an
 * absent value as an empty string; the copy stores it as null. Only the code, version and change time are
 * sure to be there; a change without them can never be stored, so it is poison, not something to retry.
 */
record PublishedItem(String code, String description, String unit, String makeOrBuy, String gtin,
                     String productFamily, String supplierCode, long version, Instant changedAt, String purchaseUnits,
                     boolean serialised) {

    static PublishedItem of(ItemChanged item) {
        if (item.getCode().isBlank()) {
            throw new PoisonEvent("item change v" + item.getVersion() + " names no item code");
        }
        Instant changedAt;
        try {
            changedAt = Instant.parse(item.getChangedAt());
        } catch (DateTimeParseException unreadable) {
            throw new PoisonEvent("item change v" + item.getVersion() + " of " + item.getCode()
                    + " has no readable changed_at: '" + item.getChangedAt() + "'", unreadable);
        }
        return new PublishedItem(item.getCode(), orNull(item.getDescription()), orNull(item.getUnit()),
                orNull(item.getMakeOrBuy()), orNull(item.getGtin()), orNull(item.getProductFamily()),
                orNull(item.getSupplierCode()), item.getVersion(), changedAt, PurchaseUnits.written(item),
                item.getSerialised());
    }

    private static String orNull(String value) {
        return value.isBlank() ? null : value;
    }
}
