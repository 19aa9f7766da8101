package io.forgeline.execution.serials;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.digitallink.DigitalLinkWriter;
import io.forgeline.ident.epc.EpcDigitalLinks;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;

/** How a serialised unit is named: its SGTIN, the item's GTIN with the unit's serial. Plain Java. */
public final class Sgtins {

    private Sgtins() {
    }

    /**
     * The pure identity URI ({@code urn:epc:id:sgtin:…}), split at the company prefix GS1's list gives; where the list
     * does not know the prefix, the canonical GS1 Digital Link of the same (01)(21), which names the same unit.
     */
    public static String of(Gtin gtin, String serial) {
        ElementString key = ElementString.parse("(01)" + gtin.value() + "(21)" + serial);
        try {
            return EpcDigitalLinks.pureIdentity(key).uri();
        } catch (InvalidCode prefixUnknown) {
            return DigitalLinkWriter.write(key);
        }
    }
}
