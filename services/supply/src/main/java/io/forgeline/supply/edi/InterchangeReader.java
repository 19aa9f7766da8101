package io.forgeline.supply.edi;

import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.supply.edi.Interchange.Message;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a supplier's whole interchange. Every validation fault StAEDI reports is collected, not just
 * the first, so the supplier fixes everything in one go (as with a JSON ASN); any fault refuses the interchange (400)
 * before anything is mapped.
 */
@Singleton
class InterchangeReader {

    /** UNOA, UNOB and UNOC (syntax 3) are single-byte Latin repertoires: ISO-8859-1 decodes them all. */
    static final String CHARSET = "ISO-8859-1";
    private static final Set<String> LATIN_1 = Set.of("UNOA", "UNOB", "UNOC");
    private static final Set<String> SYNTAX_VERSIONS = Set.of("2", "3");

    private final EdiSchemas schemas;
    private final EDIInputFactory factory = EDIInputFactory.newFactory();

    InterchangeReader(EdiSchemas schemas) {
        this.schemas = schemas;
    }

    Interchange read(byte[] body, String supplierCode) {
        Reading reading = new Reading(supplierCode);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(body), CHARSET)) {
            while (reader.hasNext()) {
                reading.on(reader, reader.next());
            }
        } catch (EDIStreamException e) {
            // not EDIFACT, or broken past validation (no UNB, a bad UNA): the lexer cannot go on
            Location where = e.getLocation();
            reading.faults.add(new FieldError(where == null || where.getSegmentTag() == null ? "interchange"
                    : "segment " + where.getSegmentPosition() + " (" + where.getSegmentTag() + ")", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (reading.sender == null && reading.faults.isEmpty()) {
            reading.faults.add(new FieldError("interchange", "is empty: an EDIFACT interchange starts with UNA or UNB"));
        }
        if (reading.messages.isEmpty() && reading.faults.isEmpty()) {
            reading.faults.add(new FieldError("UNB", "the interchange holds no message (UNH .. UNT)"));
        }
        if (!reading.faults.isEmpty()) {
            throw FieldErrors.invalid(reading.faults);
        }
        return new Interchange(reading.sender, reading.reference, List.copyOf(reading.messages));
    }

    /** The state of one read: where we are, the segment being read, what was read so far. */
    private final class Reading {

        private final String supplierCode;
        private final Positions at = new Positions();
        private final List<FieldError> faults = new ArrayList<>();
        private final List<Message> messages = new ArrayList<>();
        private String sender;
        private String reference;
        private Segment segment;
        private List<Segment> segments;
        private String messageType;

        Reading(String supplierCode) {
            this.supplierCode = supplierCode;
        }

        void on(EDIStreamReader reader, EDIStreamEvent event) {
            switch (event) {
                case START_TRANSACTION -> {
                    at.startMessage();
                    segments = new ArrayList<>();
                    messageType = null;
                }
                case START_LOOP -> at.enterLoop(reader.getReferenceCode());
                case END_LOOP -> at.leaveLoop();
                case START_SEGMENT -> {
                    String tag = reader.getText();
                    at.segment(tag, reader.getLocation().getSegmentPosition());
                    segment = new Segment(tag, at.of(tag), new LinkedHashMap<>());
                }
                case ELEMENT_DATA -> {
                    Location l = reader.getLocation();
                    segment.elements().computeIfAbsent(l.getElementPosition(), e -> new LinkedHashMap<>())
                            .put(Math.max(l.getComponentPosition(), 1), reader.getText());
                }
                case END_SEGMENT -> ended(reader);
                case END_TRANSACTION -> {
                    messages.add(new Message(at.messageReference(), messageType, at.messagePosition(), List.copyOf(segments)));
                    segments = null;
                }
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> faults.add(at.fault(reader, event));
                default -> {
                }
            }
        }

        private void ended(EDIStreamReader reader) {
            switch (segment.tag()) {
                case "UNB" -> {
                    if (!LATIN_1.contains(segment.value(1, 1))) {
                        faults.add(new FieldError(segment.at(1, 1), "'" + segment.value(1, 1) + "' is not taken here: write UNOA, UNOB or UNOC (ISO 8859-1)"));
                    }
                    if (!SYNTAX_VERSIONS.contains(segment.value(1, 2))) {
                        faults.add(new FieldError(segment.at(1, 2), "'" + segment.value(1, 2) + "' is not taken here: syntax version 3 (or 2)"));
                    }
                    sender = segment.value(2, 1);
                    reference = segment.value(5, 1);
                    if (!sender.equals(supplierCode)) {
                        faults.add(new FieldError(segment.at(2, 1), "names " + sender + " as the sender, but the caller is supplier "
                                + supplierCode + ": send with your supplier code as the interchange sender"));
                    }
                }
                case "UNH" -> {
                    at.message(segment.value(1));
                    messageType = segment.value(2, 1);
                    // StAEDI takes a message schema only until UNH ends; the type is known from UNH's second element
                    Optional<Schema> schema = schemas.inbound(messageType);
                    if (schema.isEmpty()) {
                        faults.add(new FieldError(segment.at(2, 1), "'" + messageType + "' is not taken here: send ORDRSP or DESADV"));
                    } else if (!"D".equals(segment.value(2, 2)) || !"96A".equals(segment.value(2, 3)) || !"UN".equals(segment.value(2, 4))) {
                        faults.add(new FieldError(segment.at(2, 3), "only directory D.96A of UN is taken (" + messageType + ":D:96A:UN)"));
                    } else if (faults.isEmpty()) {
                        try {
                            reader.setTransactionSchema(schema.get());
                        } catch (IllegalStateException notAtAMessageStart) {
                            // StAEDI takes a schema only where a message starts in an envelope it could read
                            faults.add(new FieldError(segment.position(), "UNH does not start a message here: check UNB and the segment before"));
                        }
                    }
                }
                default -> {
                }
            }
            if (segments != null) {
                segments.add(segment);
            }
        }
    }
}
