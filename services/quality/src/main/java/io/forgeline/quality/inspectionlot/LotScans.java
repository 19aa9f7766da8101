package io.forgeline.quality.inspectionlot;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.key.Sscc;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.ident.scan.Scanned;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the open lots an inspector's scan points at, through platform/ident: a pallet's SSCC (GS1-128, bare, or an
 * SSCC-96 tag) finds the lot its receipt opened; a GTIN with a lot (GS1-128 or DataMatrix) the item's lot; an SGTIN
 * tag or a GTIN alone every open lot of the item; typed text an inspection lot number, a lot number or an item code.
 */
@ApplicationScoped
public class LotScans {

    private static final Pattern BARE_SSCC = Pattern.compile("[0-9]{18}");
    private static final String OPEN_FIRST = " order by openedAt";

    private final ScanReader reader;
    private final Items items;

    LotScans(Clock clock, Items items) {
        this.reader = new ScanReader(clock);
        this.items = items;
    }

    public Uni<List<InspectionLot>> openLots(String scan) {
        Scanned scanned;
        try {
            scanned = reader.read(scan);
        } catch (InvalidCode unreadable) {
            throw new InvalidField("scan", unreadable.getMessage()
                    + (unreadable.position() >= 0 ? " (at character " + (unreadable.position() + 1) + ")" : ""));
        }
        if (scanned instanceof Scanned.Plain plain) {
            String text = plain.value().trim();
            if (BARE_SSCC.matcher(text).matches()) {
                return bySscc(Sscc.parse(text));
            }
            return InspectionLot.list("status = ?1 and (number = ?2 or lot = ?2 or itemCode = ?2)" + OPEN_FIRST, InspectionLot.OPEN, text);
        }
        if (scanned.sscc().isPresent()) {
            return bySscc(scanned.sscc().get());
        }
        if (scanned.gtin().isEmpty()) {
            throw new InvalidField("scan", "names neither a pallet (SSCC) nor a trade item (GTIN): scan the lot's label");
        }
        return items.withGtin(scanned.gtin().get()).flatMap(found -> {
            List<String> codes = found.stream().map((Item item) -> item.code).toList();
            if (codes.isEmpty()) {
                return Uni.createFrom().item(List.<InspectionLot>of());
            }
            return scanned.lot().isPresent()
                    ? InspectionLot.list("status = ?1 and itemCode in ?2 and lot = ?3" + OPEN_FIRST, InspectionLot.OPEN, codes, scanned.lot().get())
                    : InspectionLot.list("status = ?1 and itemCode in ?2" + OPEN_FIRST, InspectionLot.OPEN, codes);
        });
    }

    private static Uni<List<InspectionLot>> bySscc(Sscc sscc) {
        String code = sscc.value();
        return InspectionLot.list("status = ?1 and (handlingUnits = ?2 or handlingUnits like ?3 or handlingUnits like ?4 or handlingUnits like ?5)"
                + OPEN_FIRST, InspectionLot.OPEN, code, code + ",%", "%," + code, "%," + code + ",%");
    }
}
