package io.forgeline.ident.scan;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.digitallink.DigitalLinkParser;
import io.forgeline.ident.epc.EpcBinary;
import io.forgeline.ident.epc.EpcTag;
import io.forgeline.ident.epc.EpcUris;
import io.forgeline.ident.epc.PureIdentity;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.gs1.ElementStringParser;
import io.forgeline.ident.gs1.Gs1Syntax;
import io.forgeline.ident.gs1.Source;
import io.forgeline.ident.key.Gtin;
import java.time.Clock;
import java.util.Optional;

/**
 * Says what a raw scan is. The rules, in order, decide by form before content, so that nothing is read
 * as GS1 or EPC by luck and nothing that looks like GS1 or EPC is waved through as a plain code:
 * <ol>
 * <li>trailing CR/LF (a scanner's suffix) is dropped;</li>
 * <li>a GS1 symbology identifier (]C1 GS1-128, ]d2 DataMatrix, ]Q3 QR, ]e0 DataBar, ]J1 DotCode) means
 *     element strings; ]E0/]E4 mean an EAN-13/UPC-A or EAN-8 GTIN; any other identifier is stripped and
 *     the rest read by the rules below;</li>
 * <li>"(" starts the bracketed form; an http(s) address with a GS1 key in its path is a Digital Link;</li>
 * <li>urn:epc:tag: and urn:epc:id: are EPC URIs; 24 hex digits with a supported EPC header, or with any
 *     hex letter, are an EPC as RFID readers report it;</li>
 * <li>a GS separator anywhere, or a start of 00/01/02 followed by a full 18/14-digit key, means element
 *     strings without symbology identifier;</li>
 * <li>everything else is a plain internal code.</li>
 * </ol>
 * Whatever is taken for GS1 or EPC must then read cleanly, or the scan is refused with the position.
 */
public final class ScanReader {

    private final ElementStringParser elementStrings;
    private final DigitalLinkParser digitalLinks;

    public ScanReader(Clock clock) {
        Gs1Syntax syntax = new Gs1Syntax(clock);
        this.elementStrings = new ElementStringParser(syntax);
        this.digitalLinks = new DigitalLinkParser(syntax);
    }

    public ScanReader() {
        this(Clock.systemUTC());
    }

    public Scanned read(String raw) {
        int end = raw.length();
        while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
            end--;
        }
        String scan = raw.substring(0, end);
        if (scan.isEmpty()) {
            throw new InvalidCode("the scan is empty", 0);
        }
        if (scan.charAt(0) == ']' && scan.length() >= 3) {
            Source source = ElementStringParser.symbology(scan);
            if (source != null) {
                return new Scanned.Gs1(raw, elementStrings.transmitted(scan, 3, source));
            }
            String symbology = scan.substring(0, 3);
            if (symbology.equals("]E0") || symbology.equals("]E4")) {
                return new Scanned.Gs1(raw, eanUpc(scan));
            }
            try {
                return readContent(raw, scan.substring(3));
            } catch (InvalidCode refusal) {
                throw refusal.shiftedBy(3);
            }
        }
        return readContent(raw, scan);
    }

    private Scanned readContent(String raw, String scan) {
        if (scan.isEmpty()) {
            throw new InvalidCode("the scan holds only a symbology identifier", 0);
        }
        if (scan.charAt(0) == '(') {
            return new Scanned.Gs1(raw, elementStrings.bracketed(scan));
        }
        if (DigitalLinkParser.looksLikeDigitalLink(scan)) {
            return new Scanned.Gs1(raw, digitalLinks.parse(scan));
        }
        if (scan.startsWith("urn:epc:tag:")) {
            EpcTag tag = EpcUris.parseTagUri(scan);
            return new Scanned.Epc(raw, tag.identity(), Optional.of(tag));
        }
        if (scan.startsWith("urn:epc:")) {
            if (!scan.startsWith("urn:epc:id:")) {
                throw new InvalidCode("only EPC tag URIs (urn:epc:tag:) and pure identity URIs (urn:epc:id:) are read", 8);
            }
            PureIdentity identity = EpcUris.parsePureIdentity(scan);
            return new Scanned.Epc(raw, identity, Optional.empty());
        }
        if (looksLikeEpcHex(scan)) {
            EpcTag tag = EpcBinary.decode(scan);
            return new Scanned.Epc(raw, tag.identity(), Optional.of(tag));
        }
        if (looksLikeElementStrings(scan)) {
            return new Scanned.Gs1(raw, elementStrings.transmitted(scan, 0, Source.PLAIN));
        }
        return new Scanned.Plain(raw, scan);
    }

    private static ElementString eanUpc(String scan) {
        String digits = scan.substring(3);
        int expected = scan.startsWith("]E4") ? 8 : 13;
        if (digits.length() != expected) {
            throw new InvalidCode(scan.substring(0, 3) + " announces " + expected + " digits, not " + digits.length(),
                    3 + Math.min(digits.length(), expected));
        }
        try {
            return ElementString.parse("(01)" + Gtin.parse(digits).value()).from(Source.EAN_UPC);
        } catch (InvalidCode refusal) {
            throw refusal.shiftedBy(3);
        }
    }

    /** 24 hex digits that are an EPC by header, or that no decimal number could be (a hex letter inside). */
    private static boolean looksLikeEpcHex(String scan) {
        if (scan.length() != 24) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < scan.length(); i++) {
            char c = scan.charAt(i);
            if (Character.digit(c, 16) < 0) {
                return false;
            }
            letter |= !Character.isDigit(c);
        }
        return letter || EpcBinary.hasKnownHeader(scan);
    }

    private static boolean looksLikeElementStrings(String scan) {
        if (scan.indexOf(ElementString.GS) >= 0) {
            return true;
        }
        int keyLength = scan.startsWith("00") ? 18 : scan.startsWith("01") || scan.startsWith("02") ? 14 : 0;
        if (keyLength == 0 || scan.length() < 2 + keyLength) {
            return false;
        }
        for (int i = 2; i < 2 + keyLength; i++) {
            if (!Character.isDigit(scan.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
