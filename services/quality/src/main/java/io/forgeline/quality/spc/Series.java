package io.forgeline.quality.spc;

/** The measurements of one characteristic of one item, in the order they were recorded: one control chart. */
public record Series(String itemCode, String characteristic) {

    /** How the series is keyed: on its alerts' topic and in its baseline. */
    public String key() {
        return itemCode + "/" + characteristic;
    }
}
