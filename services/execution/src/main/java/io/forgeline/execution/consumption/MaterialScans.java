package io.forgeline.execution.consumption;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.key.Sscc;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.ident.scan.Scanned;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.RuleViolation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a material scan through platform/ident: a GS1 label (GS1-128, DataMatrix, QR, a typed bracket form or a
 * Digital Link) with a GTIN and a lot or serial, or an SSCC; an RFID tag (SSCC-96 on a pallet, SGTIN on a unit); a
 * bare 18-digit SSCC; any other text is taken as a lot number, the way an internal lot label reads.
 */
@ApplicationScoped
class MaterialScans {

    private static final Pattern BARE_SSCC = Pattern.compile("[0-9]{18}");

    private final ScanReader reader;
    private final Items items;

    MaterialScans(Clock clock, Items items) {
        this.reader = new ScanReader(clock);
        this.items = items;
    }

    Uni<MaterialScan> read(String raw) {
        Scanned scanned;
        try {
            scanned = reader.read(raw);
        } catch (InvalidCode unreadable) {
            throw new InvalidField("/scan", unreadable.getMessage()
                    + (unreadable.position() >= 0 ? " (at character " + (unreadable.position() + 1) + ")" : ""));
        }
        if (scanned instanceof Scanned.Plain plain) {
            String text = plain.value().trim();
            if (BARE_SSCC.matcher(text).matches()) {
                return Uni.createFrom().item(new MaterialScan(List.of(), "", sscc(text), ""));
            }
            return Uni.createFrom().item(new MaterialScan(List.of(), text, "", ""));
        }
        String lot = scanned.lot().orElse("");
        if (scanned.sscc().isPresent()) {
            return Uni.createFrom().item(new MaterialScan(List.of(), lot, scanned.sscc().get().value(), ""));
        }
        if (scanned.gtin().isEmpty()) {
            throw new RuleViolation("/scan", "names no material: scan the lot's label, its handling unit or the unit's tag");
        }
        String gtin = scanned.gtin().get().value();
        String serial = scanned.serial().orElse("");
        return items.withGtin(scanned.gtin().get()).map(found -> {
            List<String> codes = found.stream().map((Item item) -> item.code).toList();
            if (codes.isEmpty()) {
                throw new RuleViolation("/scan", "no item in the item master has GTIN " + gtin);
            }
            if (lot.isEmpty() && serial.isEmpty()) {
                throw new RuleViolation("/scan", "names GTIN " + gtin + " (" + String.join(", ", codes)
                        + ") but no lot or serial: scan the lot's label");
            }
            return new MaterialScan(codes, lot, "", serial);
        });
    }

    private static String sscc(String digits) {
        try {
            return Sscc.parse(digits).value();
        } catch (InvalidCode wrong) {
            throw new InvalidField("/scan", wrong.getMessage());
        }
    }
}
