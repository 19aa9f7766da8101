package io.forgeline.supply.edi;

import io.forgeline.supply.purchasing.LineStatus;
import io.forgeline.supply.purchasing.PurchaseOrderViews.LineView;
import io.forgeline.supply.purchasing.PurchaseOrderViews.PurchaseOrderView;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * ORDERS D.96A for a supplier's purchase orders, one message per order in one interchange, written through StAEDI
 * with the ORDERS schema: an order our own writer gets wrong fails here, before a supplier's system sees it.
 * BGM 1225 says 9 (original) for an order at its first revision, 5 (replace) after a change, 1 for a cancelled one.
 */
@Singleton
class OrdersWriter {

    private static final DateTimeFormatter UNB_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter UNB_TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final int DESCRIPTION = 35; // IMD 7008 is an..35

    private final EdiSchemas schemas;
    private final EDIOutputFactory factory = EDIOutputFactory.newFactory();

    OrdersWriter(EdiSchemas schemas) {
        this.schemas = schemas;
        // delimiters set: the writer puts UNA in front by itself; its 5th character is reserved (a space) in syntax 3
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
     * @param ourId     the plant's interchange id (UNB sender), the supplier's code is the recipient
     * @param reference the interchange control reference (UNB 0020), unique per interchange we send
     */
    byte[] write(List<PurchaseOrderView> orders, String ourId, String supplierCode, String reference, Instant now, ZoneId plantZone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EDIStreamWriter writer = factory.createEDIStreamWriter(out, InterchangeReader.CHARSET);
            writer.setControlSchema(schemas.control());
            writer.setTransactionSchema(schemas.orders());
            LocalDateTime local = LocalDateTime.ofInstant(now, plantZone);
            writer.startInterchange();
            writer.writeStartSegment("UNB");
            composite(writer, "UNOC", "3");
            composite(writer, ourId, "ZZZ");
            composite(writer, supplierCode, "ZZZ");
            composite(writer, local.format(UNB_DATE), local.format(UNB_TIME));
            writer.writeElement(reference).writeEndSegment();
            int message = 0;
            for (PurchaseOrderView order : orders) {
                new Message(writer, String.valueOf(++message), plantZone).write(order);
            }
            writer.writeStartSegment("UNZ").writeElement(String.valueOf(message)).writeElement(reference).writeEndSegment();
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException | EDIValidationException e) {
            // our own ORDERS broke the schema: a bug of ours, never the supplier's fault
            throw new IllegalStateException("writing ORDERS failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** One ORDERS message; counts its segments for UNT. */
    private static final class Message {

        private final EDIStreamWriter w;
        private final String reference;
        private final ZoneId plantZone;
        private int segments;

        Message(EDIStreamWriter writer, String reference, ZoneId plantZone) {
            this.w = writer;
            this.reference = reference;
            this.plantZone = plantZone;
        }

        void write(PurchaseOrderView order) throws EDIStreamException {
            start("UNH").writeElement(reference);
            composite(w, "ORDERS", "D", "96A", "UN");
            end();
            start("BGM");
            composite(w, "220");
            w.writeElement(order.number()).writeElement(order.cancelledAt() != null ? "1" : order.revision() > 1 ? "5" : "9");
            end();
            Instant issued = order.changedAt() != null ? order.changedAt() : order.sentAt();
            date("137", LocalDate.ofInstant(issued, plantZone));
            party("BY", order.deliveryPlant());
            party("SU", order.supplierCode());
            party("DP", order.deliveryPlant());
            int lines = 0;
            for (LineView line : order.lines()) {
                if (line.status() != LineStatus.CANCELLED) { // a replaced order lists what stays; gaps in numbers are fine
                    line(line);
                    lines++;
                }
            }
            start("UNS").writeElement("S");
            end();
            start("CNT");
            composite(w, "2", String.valueOf(lines));
            end();
            start("UNT").writeElement(String.valueOf(segments + 1)).writeElement(reference);
            w.writeEndSegment();
        }

        private void line(LineView line) throws EDIStreamException {
            start("LIN").writeElement(String.valueOf(line.lineNumber())).writeEmptyElement();
            if (line.gtin() != null) {
                composite(w, line.gtin(), "EN"); // EN: EAN/GTIN in D.96A
            }
            end();
            // PIA 1 (additional identification) beside a GTIN, 5 (the product's identification) without one
            start("PIA").writeElement(line.gtin() != null ? "1" : "5");
            composite(w, line.itemCode(), "IN");
            if (line.supplierItemNumber() != null) {
                composite(w, line.supplierItemNumber(), "SA");
            }
            end();
            String description = latin1(line.itemDescription());
            if (!description.isBlank()) {
                start("IMD").writeElement("F").writeEmptyElement();
                // the writer releases delimiters inside the text ('?+', "?'") by itself
                composite(w, "", "", "", truncated(description));
                end();
            }
            start("QTY");
            composite(w, "21", line.quantity().stripTrailingZeros().toPlainString(), line.unit());
            end();
            date("2", line.requestedDate());
        }

        private void date(String qualifier, LocalDate date) throws EDIStreamException {
            start("DTM");
            composite(w, qualifier, date.format(DateTimeFormatter.BASIC_ISO_DATE), "102");
            end();
        }

        private void party(String qualifier, String code) throws EDIStreamException {
            start("NAD").writeElement(qualifier);
            composite(w, code, "", "92"); // 92: assigned by the buyer (our plant code, our supplier code)
            end();
        }

        private EDIStreamWriter start(String tag) throws EDIStreamException {
            return w.writeStartSegment(tag);
        }

        private void end() throws EDIStreamException {
            w.writeEndSegment();
            segments++;
        }

        /**
         * What UNOC can carry: a character outside ISO 8859-1 (a Chinese description) would reach the supplier as a
         * '?', EDIFACT's release character, and could release the segment terminator. Such characters are left out.
         */
        private static String latin1(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder kept = new StringBuilder();
            text.codePoints().filter(c -> c <= 0xFF && !Character.isISOControl(c)).forEach(kept::appendCodePoint);
            return kept.toString().replaceAll("\\s+", " ").trim();
        }

        private static String truncated(String text) {
            return text.length() <= DESCRIPTION ? text : text.substring(0, DESCRIPTION);
        }
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
