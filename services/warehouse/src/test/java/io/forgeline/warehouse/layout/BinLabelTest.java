package io.forgeline.warehouse.layout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Labels for the racks: what the clerk's scanner reads off a bin label is exactly the bin's code. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class BinLabelTest {

    @Test
    void a_bin_label_scans_as_the_bins_code() throws Exception {
        byte[] png = given().auth().oauth2(Tokens.user("clerk")).queryParam("format", "png").when().get("/api/warehouse/bins/{code}/label", "ST-CNC-01")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
        assertThat(new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                DecodeHintType.TRY_HARDER, true)).getText()).isEqualTo("ST-CNC-01");

        given().auth().oauth2(Tokens.user("clerk")).queryParam("format", "zpl").when().get("/api/warehouse/bins/{code}/label", "ST-CNC-01")
                .then().statusCode(200).contentType(containsString("text/plain")).body(containsString("^FDST-CNC-01^FS"))
                .body(containsString("Staging CNC-01"));
    }

    @Test
    void a_zones_labels_print_as_one_pdf_a_page_per_bin() throws Exception {
        byte[] pdf = given().auth().oauth2(Tokens.user("clerk")).queryParam("zone", "B").when().get("/api/warehouse/bins/labels")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("B-02-01 .. B-02-04").isEqualTo(4);
        }
    }

    @Test
    void asking_wrongly_is_answered_by_field() {
        given().auth().oauth2(Tokens.user("clerk")).when().get("/api/warehouse/bins/{code}/label", "Z-99-99").then().statusCode(404);
        given().auth().oauth2(Tokens.user("clerk")).queryParam("format", "png").when().get("/api/warehouse/bins/labels")
                .then().statusCode(400).body("errors.field", hasItem("format"));
        given().auth().oauth2(Tokens.user("clerk")).queryParam("zone", "NOPE").when().get("/api/warehouse/bins/labels")
                .then().statusCode(400).body("errors.field", hasItem("zone"));
        given().auth().oauth2(Tokens.user("planner")).when().get("/api/warehouse/bins/{code}/label", "B-02-04").then().statusCode(403);
    }
}
