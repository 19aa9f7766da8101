package io.forgeline.labels;

import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a logistics label says about one handling unit: its SSCC, who ships it to whom, references a receiving
 * clerk looks for (ASN, purchase order), and what it holds.
 */
public record LogisticsLabel(Sscc sscc, String shipFrom, String shipTo, List<String> references, List<Content> contents) {

    public LogisticsLabel {
        references = List.copyOf(references);
        contents = List.copyOf(contents);
    }

    /** One item on the handling unit; {@code gtin}, {@code lot} and {@code expiry} may be null. */
    public record Content(String itemCode, String description, Gtin gtin, BigDecimal quantity, String unit, String lot, LocalDate expiry) {
    }
}
