package io.forgeline.execution.epcis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quantity elements of EPCIS quantity lists. EPCIS counts pieces without a unit and measures everything else in UN/ECE
 * Recommendation 20 codes, while the plant's units are its own short words (PCE, KG). Plain Java.
 */
final class Quantities {

    /** The plant's units that count whole things: EPCIS leaves the unit out of a count. */
    private static final Set<String> COUNTS = Set.of("PCE", "PC", "PCS", "EA", "ST", "H87", "C62");

    /** The plant's measuring units and their Rec 20 codes; Rec 20 codes themselves are taken as they are. */
    private static final Map<String, String> REC_20 = Map.ofEntries(
            Map.entry("KG", "KGM"), Map.entry("KGM", "KGM"), Map.entry("G", "GRM"), Map.entry("GRM", "GRM"),
            Map.entry("MG", "MGM"), Map.entry("MGM", "MGM"), Map.entry("T", "TNE"), Map.entry("TO", "TNE"), Map.entry("TNE", "TNE"),
            Map.entry("L", "LTR"), Map.entry("LT", "LTR"), Map.entry("LTR", "LTR"), Map.entry("ML", "MLT"), Map.entry("MLT", "MLT"),
            Map.entry("M", "MTR"), Map.entry("MTR", "MTR"), Map.entry("CM", "CMT"), Map.entry("CMT", "CMT"),
            Map.entry("MM", "MMT"), Map.entry("MMT", "MMT"), Map.entry("M2", "MTK"), Map.entry("MTK", "MTK"),
            Map.entry("M3", "MTQ"), Map.entry("MTQ", "MTQ"), Map.entry("H", "HUR"), Map.entry("HUR", "HUR"), Map.entry("MIN", "MIN"));

    private Quantities() {
    }

    /**
     * {@code epcClass} with its quantity where one can be said: a whole count of pieces without a unit, a part of a piece
     * in H87 (piece), a measure in its Rec 20 unit. A unit with no Rec 20 code known here, or no quantity at all, leaves
     * the quantity out rather than say it in a unit it is not.
     */
    static ObjectNode element(String epcClass, BigDecimal quantity, String unit) {
        ObjectNode element = JsonNodeFactory.instance.objectNode().put("epcClass", epcClass);
        if (quantity == null || unit == null) {
            return element;
        }
        BigDecimal amount = plain(quantity);
        String plantUnit = unit.trim().toUpperCase(java.util.Locale.ROOT);
        if (COUNTS.contains(plantUnit)) {
            element.put("quantity", amount);
            if (amount.scale() > 0) {
                element.put("uom", "H87");
            }
        } else {
            Optional.ofNullable(REC_20.get(plantUnit)).ifPresent(code -> element.put("quantity", amount).put("uom", code));
        }
        return element;
    }

    /** Without trailing zeros and never in exponent form: 10, not 1E+1 nor 10.000000. */
    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
