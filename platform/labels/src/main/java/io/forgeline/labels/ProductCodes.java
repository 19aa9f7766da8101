package io.forgeline.labels;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.gs1.ElementStringParser;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * The data on product labels, built in bracket form and read back through platform/ident. A unit label carries
 * (01) GTIN and (21) serial: the unit's SGTIN. A lot label carries (01) GTIN, (17) expiry, (10) lot and the count of
 * pieces as (30): GS1 allows the count (37) only beside an SSCC (00) and a content GTIN (02), on a logistics label, so a
 * lot label says how many trade items it counts with the variable count (30) that goes with (01).
 */
public final class ProductCodes {

    /** Units in which a quantity counts trade items (UN/ECE Rec. 20: piece, each, one), as on logistics labels. */
    private static final Set<String> COUNTED = Set.of("PCE", "EA", "PC", "C62", "H87");
    private static final BigDecimal MAX_COUNT = new BigDecimal("99999999"); // AI 30 is n..8
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final ElementStringParser PARSER = new ElementStringParser();

    private ProductCodes() {
    }

    /** (01)(21): the unit's SGTIN as a GS1 element string. Refused (InvalidCode) for a serial AI (21) cannot carry. */
    public static ElementString data(UnitLabel label) {
        return PARSER.bracketed("(01)" + label.gtin().value() + "(21)" + label.serial().replace("(", "\\("));
    }

    /**
     * (01)(17)(10)(30) for a lot of an item with a GTIN; empty without one (the lot number alone is then the symbol's
     * data, as the plant's own lot labels are scanned). A lot GS1 cannot carry stays in the text only; a quantity that
     * counts no pieces carries no count.
     */
    public static Optional<ElementString> data(LotLabel label) {
        if (label.gtin() == null) {
            return Optional.empty();
        }
        String fixed = "(01)" + label.gtin().value() + (label.expiry() == null ? "" : "(17)" + label.expiry().format(YYMMDD));
        String count = counted(label) ? "(30)" + label.quantity().toBigInteger() : "";
        try {
            return Optional.of(PARSER.bracketed(fixed + "(10)" + label.lot().replace("(", "\\(") + count));
        } catch (InvalidCode lotGs1CannotCarry) {
            return Optional.of(PARSER.bracketed(fixed + count));
        }
    }

    private static boolean counted(LotLabel label) {
        BigDecimal quantity = label.quantity();
        return COUNTED.contains(label.unit()) && quantity.signum() > 0 && quantity.stripTrailingZeros().scale() <= 0
                && quantity.compareTo(MAX_COUNT) <= 0;
    }
}
