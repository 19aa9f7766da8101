package io.forgeline.warehouse.handlingunits;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.key.Sscc;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.ident.scan.Scanned;
import io.forgeline.platform.problem.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Reads the SSCC a clerk scanned, by the same rules as every scan: GS1-128 with or without ]C1 (GS separators
 * included), an RFID tag's SSCC-96 EPC, or the 18 digits alone as typed from the label's text line. A scan that
 * carries no SSCC or a wrong check digit is a 400 naming the field, with the character where reading failed.
 */
@ApplicationScoped
public class SsccScans {

    private static final Pattern BARE_SSCC = Pattern.compile("[0-9]{18}");

    private final ScanReader scans;

    SsccScans(Clock clock) {
        this.scans = new ScanReader(clock);
    }

    public Sscc read(String field, String scan) {
        try {
            Scanned scanned = scans.read(scan);
            if (scanned instanceof Scanned.Plain plain && BARE_SSCC.matcher(plain.value()).matches()) {
                return Sscc.parse(plain.value());
            }
            return scanned.sscc().orElseThrow(() -> new InvalidField(field, "holds no SSCC: scan the handling unit's label"));
        } catch (InvalidCode unreadable) {
            throw new InvalidField(field, unreadable.getMessage()
                    + (unreadable.position() >= 0 ? " (at character " + (unreadable.position() + 1) + ")" : ""));
        }
    }
}
