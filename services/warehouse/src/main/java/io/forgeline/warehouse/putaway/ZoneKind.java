package io.forgeline.warehouse.putaway;

/** What a zone of the warehouse is for; putaway only suggests bins of the kind the goods need. */
public enum ZoneKind {
    /** Where trucks are unloaded and loaded; goods only pass through. */
    DOCK,
    /** Goods on quality hold, kept apart until released. */
    QUARANTINE,
    /** Where released goods are stored until picked. */
    STORAGE,
    /** Picked goods gathered for a production order or shipment. */
    STAGING,
    /** Packed goods waiting for their truck. */
    SHIPPING
}
