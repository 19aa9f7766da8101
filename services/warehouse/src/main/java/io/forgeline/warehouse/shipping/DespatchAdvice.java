package io.forgeline.warehouse.shipping;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DESADV D.96A of a shipment, for the customer: one CPS level per handling unit (PCI 33E, GIN BJ with its SSCC),
 * its lots as lines (QTY 12, PCI 36E with the expiry and GIN BX with the batch), written through StAEDI with the D.96A
 * subset supply reads suppliers' DESADVs with (api-contracts {@code edi/}): what we send is what we would accept.
 */
@Singleton
class DespatchAdvice {

    /** UNOC is ISO 8859-1. */
    static final Charset CHARSET = StandardCharsets.ISO_8859_1;

    private static final DateTimeFormatter UNB_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter UNB_TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final Schema control;
    private final Schema desadv;
    private final EDIOutputFactory factory = EDIOutputFactory.newFactory();

    DespatchAdvice() {
        SchemaFactory schemas = SchemaFactory.newFactory();
        try (InputStream xml = DespatchAdvice.class.getResourceAsStream("/edi/DESADV-D96A.xml")) {
            if (xml == null) {
                throw new IllegalStateException("/edi/DESADV-D96A.xml is missing from api-contracts");
            }
            desadv = schemas.createSchema(xml);
            control = schemas.getControlSchema(EDIStreamConstants.Standards.EDIFACT, new String[] {"UNOC", "3"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("the DESADV schema does not load", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        factory.setProperty(Delimiters.SEGMENT, '\'');
        factory.setProperty(Delimiters.DATA_ELEMENT, '+');
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, ':');
        factory.setProperty(Delimiters.DECIMAL, '.');
        factory.setProperty(Delimiters.RELEASE, '?');
        factory.setProperty(Delimiters.REPETITION, ' ');
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true); // one segment a line: people read these too
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
    }

    /**
     * @param plant    the plant's code: UNB sender FORGELINE{plant}, NAD SU
     * @param gtins    GTINs of the items that have one (LIN C212); other items go by our item code alone (PIA 5, SA)
     */
    byte[] write(Delivery delivery, List<DeliveryPackage> packages, Map<String, String> pallets, Map<String, String> gtins, String plant,
            ZoneId plantZone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String reference = delivery.number.replace("-", "");
        try {
            EDIStreamWriter w = factory.createEDIStreamWriter(out, CHARSET.name());
            w.setControlSchema(control);
            w.setTransactionSchema(desadv);
            LocalDateTime shipped = LocalDateTime.ofInstant(delivery.shippedAt, plantZone);
            w.startInterchange();
            w.writeStartSegment("UNB");
            composite(w, "UNOC", "3");
            composite(w, "FORGELINE" + plant, "ZZZ");
            composite(w, latin1(delivery.customerCode), "ZZZ");
            composite(w, shipped.format(UNB_DATE), shipped.format(UNB_TIME));
            w.writeElement(reference).writeEndSegment();
            new Message(w, gtins).write(delivery, packages, pallets, plant, shipped);
            w.writeStartSegment("UNZ").writeElement("1").writeElement(reference).writeEndSegment();
            w.endInterchange();
            w.close();
        } catch (EDIStreamException | EDIValidationException e) {
            // our own DESADV broke the schema: a bug of ours, never the customer's
            throw new IllegalStateException("writing the DESADV of " + delivery.number + " failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** One DESADV message; counts its segments for UNT. */
    private static final class Message {

        private final EDIStreamWriter w;
        private final Map<String, String> gtins;
        private int segments;
        private int level = 1;
        private int line;

        Message(EDIStreamWriter writer, Map<String, String> gtins) {
            this.w = writer;
            this.gtins = gtins;
        }

        /** Pallets first, each level with the cartons on it beneath, then the units that travel alone. */
        void write(Delivery delivery, List<DeliveryPackage> packages, Map<String, String> pallets, String plant, LocalDateTime shipped)
                throws EDIStreamException {
            start("UNH").writeElement("1");
            composite(w, "DESADV", "D", "96A", "UN");
            end();
            start("BGM");
            composite(w, "351");
            w.writeElement(delivery.number).writeElement("9");
            end();
            start("DTM");
            composite(w, "137", shipped.format(MINUTES), "203");
            end();
            date("11", shipped.toLocalDate());
            if (delivery.customerReference != null) {
                start("RFF");
                composite(w, "ON", latin1(delivery.customerReference));
                end();
            }
            party("SU", plant);
            party("BY", delivery.customerCode);
            party("DP", delivery.customerCode);
            Map<String, List<DeliveryPackage>> onPallet = new LinkedHashMap<>();
            List<DeliveryPackage> alone = new ArrayList<>();
            for (DeliveryPackage unit : packages) {
                String pallet = pallets.get(unit.sscc);
                if (pallet == null) {
                    alone.add(unit);
                } else {
                    onPallet.computeIfAbsent(pallet, p -> new ArrayList<>()).add(unit);
                }
            }
            start("CPS").writeElement("1");
            end();
            start("PAC").writeElement(String.valueOf(onPallet.size() + alone.size())).writeEmptyElement();
            composite(w, "PX"); // PX: pallet
            end();
            for (Map.Entry<String, List<DeliveryPackage>> pallet : onPallet.entrySet()) {
                String palletLevel = String.valueOf(++level);
                unit(palletLevel, "1", pallet.getKey(), "PX");
                for (DeliveryPackage carton : pallet.getValue()) {
                    unit(String.valueOf(++level), palletLevel, carton.sscc, "CT"); // CT: carton
                    lines(carton);
                }
            }
            for (DeliveryPackage unit : alone) {
                unit(String.valueOf(++level), "1", unit.sscc, "PX");
                lines(unit);
            }
            start("CNT");
            composite(w, "2", String.valueOf(line));
            end();
            start("UNT").writeElement(String.valueOf(segments + 1)).writeElement("1");
            w.writeEndSegment();
        }

        /** One labelled handling unit: its packing level under {@code parent}, its kind of package, its SSCC. */
        private void unit(String levelNumber, String parent, String sscc, String packageType) throws EDIStreamException {
            start("CPS").writeElement(levelNumber).writeElement(parent);
            end();
            start("PAC").writeElement("1").writeEmptyElement();
            composite(w, packageType);
            end();
            start("PCI").writeElement("33E"); // marked with an SSCC
            end();
            start("GIN").writeElement("BJ");
            composite(w, sscc);
            end();
        }

        private void lines(DeliveryPackage unit) throws EDIStreamException {
            for (DeliveryPackage.Content content : unit.contents()) {
                line(++line, content);
            }
        }

        private void line(int number, DeliveryPackage.Content content) throws EDIStreamException {
            String gtin = gtins.get(content.itemCode());
            start("LIN").writeElement(String.valueOf(number)).writeEmptyElement();
            if (gtin != null) {
                composite(w, gtin, "EN");
            }
            end();
            // PIA 1 (additional identification) beside a GTIN, 5 (the product's identification) without one
            start("PIA").writeElement(gtin != null ? "1" : "5");
            composite(w, latin1(content.itemCode()), "SA"); // SA: the supplier's (our) article number
            end();
            start("QTY");
            composite(w, "12", content.quantity().stripTrailingZeros().toPlainString(), content.unit());
            end();
            start("PCI").writeElement("36E"); // batch and expiry follow
            end();
            if (content.expiresOn() != null) {
                date("36", content.expiresOn());
            }
            start("GIN").writeElement("BX");
            composite(w, latin1(content.lot()));
            end();
        }

        private void date(String qualifier, LocalDate date) throws EDIStreamException {
            start("DTM");
            composite(w, qualifier, date.format(DateTimeFormatter.BASIC_ISO_DATE), "102");
            end();
        }

        private void party(String qualifier, String code) throws EDIStreamException {
            start("NAD").writeElement(qualifier);
            composite(w, latin1(code), "", "92"); // 92: assigned by the buyer
            end();
        }

        private EDIStreamWriter start(String tag) throws EDIStreamException {
            return w.writeStartSegment(tag);
        }

        private void end() throws EDIStreamException {
            w.writeEndSegment();
            segments++;
        }
    }

    /** What UNOC can carry: characters outside ISO 8859-1 are left out rather than sent as '?', the release character. */
    private static String latin1(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> c <= 0xFF && !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        return kept.toString().trim();
    }

    /** A composite; an empty string is an empty component (kept while a later one follows). */
    private static void composite(EDIStreamWriter w, String... components) throws EDIStreamException {
        w.writeStartElement();
        for (String c : components) {
            if (c.isEmpty()) {
                w.writeEmptyComponent();
            } else {
                w.writeComponent(c);
            }
        }
        w.endElement();
    }
}
