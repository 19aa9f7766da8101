package io.forgeline.ident.digitallink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.gs1.ElementStringParser;
import io.forgeline.ident.key.CheckDigit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random valid GS1 data must read the same in every representation, and one wrong digit must never pass. */
class RoundTripPropertiesTest {

    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Random random = new Random(42);
    private final ElementStringParser parser =
            new ElementStringParser(Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneOffset.UTC));
    private final DigitalLinkParser links = new DigitalLinkParser(parser.syntax());

    @Test
    void random_gs1_data_round_trips_through_bracketed_transmitted_and_digital_link_forms() {
        for (int round = 0; round < 2_000; round++) {
            StringBuilder bracketed = new StringBuilder("(01)").append(gtin());
            if (random.nextBoolean()) {
                bracketed.append("(10)").append(text(CSET_82, 1 + random.nextInt(20)).replace("(", "\\("));
            }
            if (random.nextBoolean()) {
                bracketed.append("(17)").append(date());
            }
            if (random.nextBoolean()) {
                bracketed.append("(21)").append(text(CSET_82, 1 + random.nextInt(20)).replace("(", "\\("));
            }
            if (random.nextBoolean()) {
                bracketed.append("(310").append(random.nextInt(6)).append(')').append(digits(6));
            }
            ElementString data = parser.bracketed(bracketed.toString());
            assertEquals(data, parser.bracketed(data.bracketed()), "bracketed");
            String link = DigitalLinkWriter.write(data);
            ElementString fromLink = links.parse(link);
            assertEquals(data.elements().size(), fromLink.elements().size(), link);
            assertEquals(new java.util.HashSet<>(data.elements()), new java.util.HashSet<>(fromLink.elements()), link);
            assertEquals(link, DigitalLinkWriter.write(fromLink), "the Digital Link form is canonical");
            try {
                assertEquals(data, parser.parse("]d2" + data.transmitted()), "transmitted " + data.transmitted());
            } catch (InvalidCode ambiguous) {
                // a random lot or serial may end in digits that read as a date element: refusing is right
                assertEquals(true, ambiguous.getMessage().contains("GS separator is probably missing"), ambiguous.getMessage());
            }
        }
    }

    @Test
    void one_wrong_digit_in_a_gtin_is_always_refused_in_every_form() {
        for (int round = 0; round < 2_000; round++) {
            String gtin = gtin();
            int at = random.nextInt(14);
            char wrong = (char) ('0' + (gtin.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
            String corrupted = gtin.substring(0, at) + wrong + gtin.substring(at + 1);
            assertEquals(4, assertThrows(InvalidCode.class, () -> parser.parse("(01)" + corrupted)).position());
            assertEquals(5, assertThrows(InvalidCode.class, () -> parser.parse("]C101" + corrupted)).position());
            assertThrows(InvalidCode.class, () -> links.parse("https://id.gs1.org/01/" + corrupted));
        }
    }

    @Test
    void a_lot_of_letters_followed_by_an_expiry_without_separator_is_always_refused() {
        for (int round = 0; round < 2_000; round++) {
            String lot = text(LETTERS, 1 + random.nextInt(12));
            String scan = "]C101" + gtin() + "10" + lot + "17" + date();
            InvalidCode refusal = assertThrows(InvalidCode.class, () -> parser.parse(scan), scan);
            assertEquals(3 + 16 + 2 + lot.length(), refusal.position(), scan);
        }
    }

    private String gtin() {
        return CheckDigit.append(digits(13));
    }

    private String date() {
        return String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), random.nextInt(29));
    }

    private String digits(int count) {
        return text("0123456789", count);
    }

    private String text(String alphabet, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
