package io.forgeline.warehouse.handlingunits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.ident.scan.Scanned;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.forgeline.warehouse.receiving.Dock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class LabelTest {

    private static Sscc received;

    /** A pallet of bearings with lot and expiry, received at the dock as its ASN announced it (once the service is up). */
    @BeforeEach
    void receiveAPallet() {
        if (received != null) {
            return;
        }
        received = Dock.newSscc();
        String gtin = Gtin.of(0, Dock.COMPANY_PREFIX, "00077").value();
        Dock.knownItem("SEAL-77", gtin);
        Dock.announce(1, UUID.randomUUID(), List.of(Dock.unit(received, Dock.line("SEAL-77", gtin, "B-LABEL-1", "240"))));
        Dock.awaitExpected(received, true);
        Dock.receive(Map.of("scan", received.value())).then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification clerk() {
        return given().auth().oauth2(Tokens.user("clerk"));
    }

    @Test
    void the_png_label_reads_back_with_an_independent_decoder_as_the_handling_units_element_strings() throws Exception {
        byte[] png = clerk().queryParam("format", "png").when().get("/api/warehouse/handling-units/{sscc}/label", received.value())
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                DecodeHintType.ASSUME_GS1, true, DecodeHintType.TRY_HARDER, true);
        List<String> symbols = Arrays.stream(new GenericMultipleBarcodeReader(new MultiFormatReader())
                        .decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints))
                .map(Result::getText).sorted().toList();
        assertThat(symbols).allSatisfy(symbol -> assertThat(symbol).startsWith("]C1"));
        // the SSCC symbol reads alone; the content symbols' (02) and (37) only with it, as a scanner joins a label's symbols
        assertThat(new ScanReader().read(symbols.getFirst()).sscc()).contains(received);
        String joined = symbols.getFirst() + symbols.stream().skip(1).map(symbol -> "\u001d" + symbol.substring(3)).reduce("", String::concat);
        Scanned label = new ScanReader().read(joined);
        assertThat(label.sscc()).contains(received);
        assertThat(label.lot()).contains("B-LABEL-1");
    }

    @Test
    void the_zpl_label_carries_the_element_strings_as_barcode_field_data() {
        String zpl = clerk().queryParam("format", "zpl").when().get("/api/warehouse/handling-units/{sscc}/label", received.value())
                .then().statusCode(200).contentType(containsString("text/plain")).extract().asString();
        assertThat(zpl).startsWith("^XA").contains("^FD(00)" + received.value() + "^FS").contains("(10)B-LABEL-1").contains("(37)240");
    }

    @Test
    void the_pdf_label_is_a_pdf() {
        byte[] pdf = clerk().queryParam("format", "pdf").when().get("/api/warehouse/handling-units/{sscc}/label", received.value())
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void the_handling_unit_says_what_it_holds_and_where() {
        clerk().when().get("/api/warehouse/handling-units/{sscc}", received.value())
                .then().statusCode(200)
                .body("supplierCode", equalTo("ACME"))
                .body("lines[0].itemCode", equalTo("SEAL-77"))
                .body("lines[0].location", equalTo("DOCK-01"))
                .body("lines[0].status", equalTo("QUARANTINE"))
                .body("lines[0].quantity.amount", equalTo("240"));
    }

    @Test
    void an_unknown_label_format_is_refused_naming_the_parameter() {
        clerk().queryParam("format", "bmp").when().get("/api/warehouse/handling-units/{sscc}/label", received.value())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("format"));
    }

    @Test
    void an_sscc_never_received_is_not_found_and_a_wrong_check_digit_is_refused() {
        clerk().when().get("/api/warehouse/handling-units/{sscc}/label", Dock.newSscc().value()).then().statusCode(404);
        String good = received.value();
        String wrong = good.substring(0, 17) + (char) ('0' + (good.charAt(17) - '0' + 1) % 10);
        clerk().when().get("/api/warehouse/handling-units/{sscc}", wrong)
                .then().statusCode(400)
                .body("errors.field", hasItem("sscc"));
    }
}
