package io.forgeline.supply.edi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Interchanges as a supplier's EDI system writes them, from the message templates in {@code src/test/resources/edi}. */
final class Edifact {

    private Edifact() {
    }

    /** A template message (ISO 8859-1, one segment a line) with its {@code ${NAME}}s filled in. */
    static String message(String template, Map<String, String> values) {
        try (InputStream in = Edifact.class.getResourceAsStream("/edi/" + template)) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            if (text.contains("${")) {
                throw new IllegalArgumentException(template + " still has a placeholder: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UNA, UNB from {@code sender} with control reference {@code reference}, the messages, UNZ counting them. */
    static byte[] interchange(String sender, String reference, String... messages) {
        String text = "UNA:+.? '\nUNB+UNOC:3+" + sender + ":ZZZ+FORGELINE1000:ZZZ+261208:1630+" + reference + "'\n"
                + String.join("", messages) + "UNZ+" + messages.length + "+" + reference + "'\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A control reference no other test uses (UNB 0020, an..14). */
    static String reference() {
        return "T" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
    }
}
