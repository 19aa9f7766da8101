package io.forgeline.platform.items;

import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.contracts.scheduling.v1.UnitConversion;
import io.forgeline.platform.inbox.PoisonEvent;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An item's purchase units as the copy keeps them, one text column: {@code BOX=50;PAL=2000} (base units in one of each),
 * sorted, null when there are none. Plain Java.
 */
public final class PurchaseUnits {

    private PurchaseUnits() {
    }

    /** The column's value for a published item; a conversion that means nothing is poison, as scheduling never sends one. */
    static String written(ItemChanged item) {
        Map<String, BigDecimal> units = new TreeMap<>();
        for (UnitConversion conversion : item.getPurchaseUnitsList()) {
            String unit = conversion.getUnit().trim();
            BigDecimal factor;
            try {
                factor = new BigDecimal(conversion.getFactor());
            } catch (NumberFormatException notANumber) {
                factor = BigDecimal.ZERO;
            }
            if (unit.isEmpty() || unit.contains("=") || unit.contains(";") || factor.signum() <= 0 || units.put(unit, factor) != null) {
                throw new PoisonEvent("item " + item.getCode() + " v" + item.getVersion() + " has a purchase unit that means nothing: '"
                        + conversion.getUnit() + "' = '" + conversion.getFactor() + "'");
            }
        }
        return units.isEmpty() ? null : units.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString()).collect(Collectors.joining(";"));
    }

    /** Base units in one {@code unit}: 1 for the base unit itself, empty for a unit the item is not bought in. */
    public static Optional<BigDecimal> factor(Item item, String unit) {
        if (unit.equals(item.unit)) {
            return Optional.of(BigDecimal.ONE);
        }
        if (item.purchaseUnits == null) {
            return Optional.empty();
        }
        for (String conversion : item.purchaseUnits.split(";")) {
            int at = conversion.indexOf('=');
            if (conversion.substring(0, at).equals(unit)) {
                return Optional.of(new BigDecimal(conversion.substring(at + 1)));
            }
        }
        return Optional.empty();
    }
}
