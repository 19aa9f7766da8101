package io.forgeline.supply.edi;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The message schemas, loaded once: the D.96A subsets we read (ORDRSP, DESADV) and write (ORDERS), and StAEDI's
 * own control schema for the UNB..UNZ envelope of syntax version 3. Readers and writers only read a schema.
 */
@Singleton
public class EdiSchemas {

    static final String ORDERS = "ORDERS";
    static final String ORDRSP = "ORDRSP";
    static final String DESADV = "DESADV";

    private final Map<String, Schema> messages;
    private final Schema control;

    EdiSchemas() {
        SchemaFactory factory = SchemaFactory.newFactory();
        messages = Map.of(ORDERS, load(factory, ORDERS), ORDRSP, load(factory, ORDRSP), DESADV, load(factory, DESADV));
        try {
            control = factory.getControlSchema(EDIStreamConstants.Standards.EDIFACT, new String[] {"UNOC", "3"});
        } catch (EDISchemaException e) {
            throw new IllegalStateException("StAEDI's EDIFACT control schema does not load", e);
        }
    }

    private static Schema load(SchemaFactory factory, String message) {
        String resource = "/edi/" + message + "-D96A.xml";
        try (InputStream xml = EdiSchemas.class.getResourceAsStream(resource)) {
            if (xml == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return factory.createSchema(xml);
        } catch (EDISchemaException e) {
            throw new IllegalStateException(resource + " is not a valid StAEDI schema", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema a supplier's message is read with: ORDRSP and DESADV only (ORDERS go from us to them). */
    Optional<Schema> inbound(String messageType) {
        return ORDRSP.equals(messageType) || DESADV.equals(messageType) ? Optional.of(messages.get(messageType)) : Optional.empty();
    }

    Schema orders() {
        return messages.get(ORDERS);
    }

    Schema control() {
        return control;
    }
}
