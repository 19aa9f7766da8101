package io.forgeline.ident.scan;

import io.forgeline.ident.epc.EpcTag;
import io.forgeline.ident.epc.GiaiIdentity;
import io.forgeline.ident.epc.PureIdentity;
import io.forgeline.ident.epc.SgtinIdentity;
import io.forgeline.ident.epc.SsccIdentity;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import java.util.Optional;

/**
 * What a scan means. The questions services ask most (which trade item, which pallet, which serial or
 * lot) have answers on every kind, so a receiving dock can take an SSCC from a GS1-128 label and from
 * an RFID tag with the same line of code.
 */
public sealed interface Scanned {

    /** The scan exactly as received. */
    String raw();

    default Optional<Gtin> gtin() {
        return Optional.empty();
    }

    default Optional<Sscc> sscc() {
        return Optional.empty();
    }

    default Optional<String> serial() {
        return Optional.empty();
    }

    default Optional<String> lot() {
        return Optional.empty();
    }

    /** GS1 data from a barcode, a typed bracket form or a Digital Link; {@code elements().source()} says which. */
    record Gs1(String raw, ElementString elements) implements Scanned {

        @Override
        public Optional<Gtin> gtin() {
            return elements.gtin();
        }

        @Override
        public Optional<Sscc> sscc() {
            return elements.sscc();
        }

        @Override
        public Optional<String> serial() {
            return elements.serial();
        }

        @Override
        public Optional<String> lot() {
            return elements.lot();
        }
    }

    /** An EPC: from a tag's hex or tag URI (then {@code tag} is present) or from a pure identity URI. */
    record Epc(String raw, PureIdentity identity, Optional<EpcTag> tag) implements Scanned {

        @Override
        public Optional<Gtin> gtin() {
            return identity instanceof SgtinIdentity sgtin ? Optional.of(sgtin.gtin()) : Optional.empty();
        }

        @Override
        public Optional<Sscc> sscc() {
            return identity instanceof SsccIdentity sscc ? Optional.of(sscc.sscc()) : Optional.empty();
        }

        @Override
        public Optional<String> serial() {
            return switch (identity) {
                case SgtinIdentity sgtin -> Optional.of(sgtin.serial());
                case GiaiIdentity giai -> Optional.of(giai.assetReference());
                default -> Optional.empty();
            };
        }
    }

    /** Anything that is not GS1 or EPC: an internal lot, badge, location or order number, left as it is. */
    record Plain(String raw, String value) implements Scanned {
    }
}
