package io.forgeline.warehouse.production;

import io.forgeline.platform.problem.InvalidField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an operator's consumption scan asks of a lot's stock (gRPC {@code LotStock}): a lot (of one item, or of any item
 * carrying that number), a handling unit (only what it holds, narrowed by item and lot when they are given), or a
 * serialised unit of an item (the lot it was made in); the work center whose staging bins count as staged; and the
 * consumptions to report as issued or not; or, naming only an item and a work center, what of the item is staged
 * there (the terminal's dispatch list). Pure rule: a scan that names no lot, handling unit or serialised unit, a
 * serial without its item, or a consumption id that is not a UUID is refused naming the field. Blank means absent.
 *
 * @param consumptionIds the asked consumption ids in the caller's order and spelling, by their UUID; each once
 */
public record LotScan(Optional<String> itemCode, Optional<String> lot, Optional<String> sscc, Optional<String> serial,
                      Optional<String> workCenterCode, Map<UUID, String> consumptionIds) {

    public LotScan {
        consumptionIds = Collections.unmodifiableMap(new LinkedHashMap<>(consumptionIds));
    }

    public static LotScan of(String itemCode, String lot, String sscc, String serial, String workCenterCode, List<String> consumptionIds) {
        LotScan scan = new LotScan(given(itemCode), given(lot), given(sscc), given(serial), given(workCenterCode), ids(consumptionIds));
        if (scan.serial.isPresent() && scan.itemCode.isEmpty()) {
            throw new InvalidField("item_code", "is required with a serial: serial numbers are unique per item only");
        }
        if (scan.namesNoUnit() && (scan.itemCode.isEmpty() || scan.workCenterCode.isEmpty())) {
            throw new InvalidField("lot", "is required unless an sscc, an item_code with its serial, or an item_code with a"
                    + " work_center_code (what of it is staged there) names the stock");
        }
        return scan;
    }

    /** No lot, handling unit or serialised unit: with an item and a work center, it asks what of the item is staged there. */
    public boolean namesNoUnit() {
        return lot.isEmpty() && sscc.isEmpty() && serial.isEmpty();
    }

    private static Optional<String> given(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Map<UUID, String> ids(List<String> consumptionIds) {
        Map<UUID, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < consumptionIds.size(); i++) {
            String id = consumptionIds.get(i);
            try {
                ids.putIfAbsent(UUID.fromString(id.strip()), id);
            } catch (IllegalArgumentException notAUuid) {
                throw new InvalidField("consumption_ids[" + i + "]", "\"" + id + "\" is not a UUID");
            }
        }
        return ids;
    }
}
