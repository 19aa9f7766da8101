package io.forgeline.ident.epc;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.digitallink.DigitalLinkWriter;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;
import io.openepcis.epc.translator.util.ConverterUtil;
import java.util.Map;

/**
 * Between EPC pure identities and GS1 Digital Link, through the openepcis translator. Its real value is
 * the other direction: a GTIN or SSCC does not say where its company prefix ends, and the translator
 * carries GS1's company prefix length list to find out. Its answers are read back with this library's
 * own parsers and must name the same GS1 key, so a mistake on either side cannot slip through.
 */
public final class EpcDigitalLinks {

    private EpcDigitalLinks() {
    }

    /** The canonical Digital Link (on id.gs1.org) of an identity, e.g. https://id.gs1.org/01/80614141123458/21/6789. */
    public static String digitalLink(PureIdentity identity) {
        try {
            return ConverterUtil.toURI(identity.uri());
        } catch (RuntimeException e) { // ValidationException and the translator's own failures alike
            throw new InvalidCode("the translator cannot write " + identity.uri() + " as a Digital Link: " + e.getMessage(), -1);
        }
    }

    /**
     * The pure identity of the GS1 key in {@code data}: (01) with (21), (00), (414) with an optional (254),
     * (8003) or (8004). The company prefix length comes from GS1's list.
     */
    public static PureIdentity pureIdentity(ElementString data) {
        ElementString key = keyOf(data);
        Map<String, String> answer;
        try {
            answer = ConverterUtil.toURN(DigitalLinkWriter.write(key));
        } catch (RuntimeException e) { // ValidationException and the translator's own failures alike
            throw new InvalidCode("the translator cannot find the EPC of " + key.bracketed() + ": " + e.getMessage(), -1);
        }
        return checked(key, answer);
    }

    /** The same, with the company prefix length given (from master data) instead of looked up. */
    public static PureIdentity pureIdentity(ElementString data, int companyPrefixLength) {
        ElementString key = keyOf(data);
        Map<String, String> answer;
        try {
            answer = ConverterUtil.toURN(DigitalLinkWriter.write(key), companyPrefixLength);
        } catch (RuntimeException e) { // ValidationException and the translator's own failures alike
            throw new InvalidCode("the translator cannot find the EPC of " + key.bracketed() + ": " + e.getMessage(), -1);
        }
        return checked(key, answer);
    }

    /**
     * The EPC class URI of one lot of a trade item, an LGTIN such as urn:epc:class:lgtin:4012345.012345.L-7 (as EPCIS
     * quantity lists name what they count). The company prefix length comes from GS1's list, and the answer must read
     * back as the same GTIN and lot; a GTIN whose prefix the list does not know, or a lot that AI (10) cannot carry,
     * is refused.
     */
    public static String lotClass(Gtin gtin, String lot) {
        ElementString key = ElementString.parse("(01)" + gtin.value() + "(10)" + lot.replace("(", "\\("));
        Map<String, String> answer;
        try {
            answer = ConverterUtil.toURNForClassLevelIdentifier(DigitalLinkWriter.write(key));
        } catch (RuntimeException e) { // ValidationException and the translator's own failures alike
            throw new InvalidCode("the translator cannot find the EPC class of " + key.bracketed() + ": " + e.getMessage(), -1);
        }
        String urn = answer == null ? null : answer.get("asURN");
        String prefix = "urn:epc:class:lgtin:";
        if (urn == null || !urn.startsWith(prefix)) {
            throw new InvalidCode("the translator found no LGTIN for " + key.bracketed(), -1);
        }
        String[] fields = urn.substring(prefix.length()).split("\\.", 3);
        if (fields.length != 3 || fields[1].isEmpty()
                || !(fields[1].charAt(0) + fields[0] + fields[1].substring(1)).equals(gtin.value().substring(0, 13))
                || !EpcUriText.unescape(fields[2], -1).equals(lot)) {
            throw new IllegalStateException("the translator turned " + key.bracketed() + " into " + urn);
        }
        return urn;
    }

    private static PureIdentity checked(ElementString key, Map<String, String> answer) {
        String urn = answer == null ? null : answer.get("asURN");
        if (urn == null) {
            throw new InvalidCode("the translator found no EPC for " + key.bracketed(), -1);
        }
        PureIdentity identity = EpcUris.parsePureIdentity(urn);
        if (!identity.elementString().equals(key)) {
            throw new IllegalStateException("the translator turned " + key.bracketed() + " into " + urn
                    + ", which is " + identity.elementString().bracketed());
        }
        return identity;
    }

    private static ElementString keyOf(ElementString data) {
        StringBuilder key = new StringBuilder();
        if (data.gtin().isPresent()) {
            String serial = data.serial().orElseThrow(
                    () -> new InvalidCode("an SGTIN needs a serial (21) with the GTIN", -1));
            key.append("(01)").append(data.gtin().get().value()).append("(21)").append(serial.replace("(", "\\("));
        } else if (data.sscc().isPresent()) {
            key.append("(00)").append(data.sscc().get().value());
        } else if (data.gln().isPresent()) {
            key.append("(414)").append(data.gln().get().value());
            data.value("254").ifPresent(extension -> key.append("(254)").append(extension.replace("(", "\\(")));
        } else if (data.value("8003").isPresent()) {
            key.append("(8003)").append(data.value("8003").get().replace("(", "\\("));
        } else if (data.value("8004").isPresent()) {
            key.append("(8004)").append(data.value("8004").get().replace("(", "\\("));
        } else {
            throw new InvalidCode(data.bracketed() + " holds no GS1 key that an EPC identifies", -1);
        }
        return ElementString.parse(key.toString());
    }
}
