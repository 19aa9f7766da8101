package io.forgeline.ident.gs1;

/** Where GS1 data came from: the symbol that carried it, or the written form it was typed in. */
public enum Source {
    GS1_128("gs1-128"),
    DATAMATRIX("datamatrix"),
    QR("qr"),
    DATABAR("databar"),
    DOTCODE("dotcode"),
    /** EAN-13, UPC-A or EAN-8: a bare GTIN. */
    EAN_UPC("ean-upc"),
    /** The human-readable form with AIs in brackets: (01)09506000134352(10)ABC. */
    BRACKETED("bracketed"),
    DIGITAL_LINK("digital-link"),
    /** Element strings without a symbology identifier, as many keyboard-wedge scanners send them. */
    PLAIN("plain");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    /** The lower-case name used in JSON, e.g. "gs1-128". */
    public String label() {
        return label;
    }
}
