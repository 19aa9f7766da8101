package io.forgeline.execution.epcis;

import io.forgeline.execution.serials.Sgtins;
import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.digitallink.DigitalLinkParser;
import io.forgeline.ident.digitallink.DigitalLinkWriter;
import io.forgeline.ident.epc.EpcDigitalLinks;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * How the plant's lots, handling units, parties, places and orders are named in EPCIS events. Plain Java.
 *
 * <p>GS1 names come first: a lot of an item with a GTIN is its LGTIN class (urn:epc:class:lgtin:…), a handling unit its
 * SSCC (urn:epc:id:sscc:…), both split at the company prefix GS1's list gives. Where the list does not know the prefix the
 * canonical GS1 Digital Link (https://id.gs1.org/…) names the same key; EPCIS 2.0 accepts either. What has no GS1 key
 * (an item without a GTIN, a lot AI (10) cannot carry, a supplier or customer known only by its code) gets a private URN
 * under {@code urn:forgeline:}, whose parts are percent-encoded so each reads back exactly.
 */
final class Identifiers {

    static final String PRIVATE = "urn:forgeline:";
    private static final String LGTIN = "urn:epc:class:lgtin:";
    private static final String LOT = PRIVATE + "class:lot:";

    private Identifiers() {
    }

    /** The class that counts one lot of an item in quantity lists. */
    static String lotClass(String itemCode, Optional<Gtin> gtin, String lot) {
        if (gtin.isPresent()) {
            try {
                return EpcDigitalLinks.lotClass(gtin.get(), lot);
            } catch (InvalidCode prefixUnknown) {
                try {
                    return DigitalLinkWriter.write(ElementString.parse("(01)" + gtin.get().value() + "(10)" + lot.replace("(", "\\(")));
                } catch (InvalidCode notALotAi10Carries) {
                    // named privately below
                }
            }
        }
        return LOT + encode(itemCode) + ":" + encode(lot);
    }

    /** What a lot class names: a GTIN or an item code, and the lot. Empty for a URI that is no lot class of these forms. */
    static Optional<LotClass> readLotClass(String uri) {
        try {
            if (uri.startsWith(LGTIN)) {
                String[] fields = uri.substring(LGTIN.length()).split("\\.", 3);
                if (fields.length != 3 || fields[1].isEmpty()) {
                    return Optional.empty();
                }
                Gtin gtin = Gtin.of(fields[1].charAt(0) - '0', fields[0], fields[1].substring(1));
                return Optional.of(new LotClass(Optional.of(gtin), null, decode(fields[2])));
            }
            if (uri.startsWith(LOT)) {
                String[] parts = uri.substring(LOT.length()).split(":", -1);
                return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()
                        ? Optional.of(new LotClass(Optional.empty(), decode(parts[0]), decode(parts[1]))) : Optional.empty();
            }
            if (DigitalLinkParser.looksLikeDigitalLink(uri)) {
                ElementString data = new DigitalLinkParser().parse(uri);
                return data.gtin().isPresent() && data.lot().isPresent() && data.serial().isEmpty()
                        ? Optional.of(new LotClass(data.gtin(), null, data.lot().get())) : Optional.empty();
            }
        } catch (IllegalArgumentException unreadable) { // InvalidCode among them
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A serialised unit: its SGTIN (see {@link Sgtins}); privately by item code and serial where the item has no GTIN. */
    static String unit(String itemCode, Optional<Gtin> gtin, String serial) {
        if (gtin.isPresent()) {
            try {
                return Sgtins.of(gtin.get(), serial);
            } catch (InvalidCode notASerialAi21Carries) {
                // named privately below
            }
        }
        return PRIVATE + "id:unit:" + encode(itemCode) + ":" + encode(serial);
    }

    /** A handling unit by its SSCC; a code that is no SSCC (a unit received without a label) has none. */
    static Optional<String> handlingUnit(String sscc) {
        if (sscc == null || sscc.isBlank()) {
            return Optional.empty();
        }
        ElementString key;
        try {
            key = ElementString.parse("(00)" + sscc.trim());
        } catch (InvalidCode notAnSscc) {
            return Optional.empty();
        }
        try {
            return Optional.of(EpcDigitalLinks.pureIdentity(key).uri());
        } catch (InvalidCode prefixUnknown) {
            return Optional.of(DigitalLinkWriter.write(key));
        }
    }

    /** A handling unit by its SSCC, or privately by its code where that is no SSCC: an aggregation always names its parent. */
    static String handlingUnitOrPrivate(String code) {
        return handlingUnit(code).orElseGet(() -> PRIVATE + "hu:" + encode(code));
    }

    static String supplier(String code) {
        return PRIVATE + "party:supplier:" + encode(code);
    }

    static String customer(String code) {
        return PRIVATE + "party:customer:" + encode(code);
    }

    static String workCenter(String code) {
        return PRIVATE + "location:work-center:" + encode(code);
    }

    static String productionOrder(String number) {
        return PRIVATE + "prodorder:" + encode(number);
    }

    static String delivery(String number) {
        return PRIVATE + "desadv:" + encode(number);
    }

    /** The same row always gives the same event ID (a name-based UUID), so a repeated query names the event alike. */
    static String eventId(String kind, String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("forgeline-epcis:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Percent-encodes every byte but RFC 3986's unreserved characters, so ':' never appears inside a part. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("'%' must be followed by two hex digits");
                }
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A lot named by a class URI: by GTIN (which may be several items' GTIN) or by item code. */
    record LotClass(Optional<Gtin> gtin, String itemCode, String lot) {
    }
}
