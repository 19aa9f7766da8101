package io.forgeline.ident.digitallink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.ElementString;
import org.junit.jupiter.api.Test;

class DigitalLinkWriterTest {

    @Test
    void the_key_comes_first_then_qualifiers_in_gs1_order_then_attributes_as_read() {
        ElementString data = ElementString.parse("(17)261231(21)XYZ(01)09506000134352(10)ABC(3103)000195");
        assertEquals("https://id.gs1.org/01/09506000134352/10/ABC/21/XYZ?17=261231&3103=000195", DigitalLinkWriter.write(data));
    }

    @Test
    void reserved_characters_are_percent_encoded() {
        ElementString data = ElementString.parse("(01)09506000134352(10)A/B&C?(21)1%2");
        assertEquals("https://id.gs1.org/01/09506000134352/10/A%2FB%26C%3F/21/1%252", DigitalLinkWriter.write(data));
        assertEquals(data, new DigitalLinkParser().parse(DigitalLinkWriter.write(data)));
    }

    @Test
    void another_domain_and_path_may_stand_before_the_key() {
        ElementString data = ElementString.parse("(00)106141412345678908");
        assertEquals("https://example.com/dl/00/106141412345678908", DigitalLinkWriter.write(data, "https://example.com/dl/"));
    }

    @Test
    void data_without_a_primary_key_cannot_be_a_digital_link() {
        assertThrows(InvalidCode.class, () -> DigitalLinkWriter.write(ElementString.parse("(400)PO-1")));
    }
}
