package io.forgeline.execution.serials;

/** A serialised unit as the terminal shows it: {@code {"serial":"100000001","sgtin":"urn:epc:id:sgtin:…"}}. */
public record SerialView(String serial, String sgtin) {
}
