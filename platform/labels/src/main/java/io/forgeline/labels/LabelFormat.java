package io.forgeline.labels;

/** How a label is asked for: a PDF page for any printer, a PNG preview, or ZPL for a Zebra label printer. */
public enum LabelFormat {
    PDF, PNG, ZPL
}
