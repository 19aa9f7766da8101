package io.forgeline.warehouse.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.execution.v1.ProductionOutputReported;
import io.forgeline.contracts.scheduling.v1.ItemChanged;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.ident.scan.Scanned;
import io.forgeline.labels.ProductLabels;
import io.forgeline.testing.Eventually;
import io.forgeline.testing.KafkaProbe;
import io.forgeline.testing.LocalStackResource;
import io.forgeline.testing.Tokens;
import io.forgeline.warehouse.receiving.Dock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** An order's serialised output, received from execution, printed as its lot's label and one label per unit. */
@QuarkusTest
@WithTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "database", value = "forgeline_test_warehouse"))
class ProductionLabelTest {

    private static final String GTIN = "04012345000023";
    private static final List<String> SERIALS = List.of("100000009", "100000010", "100000011");
    private static String order;
    private static String item;

    /** Once for the class: the serialised item as scheduling publishes it, and its order's output as execution reports it. */
    private static synchronized String order() {
        if (order == null) {
            item = "GEAR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            Dock.knownItem(ItemChanged.newBuilder().setCode(item).setDescription("Gearbox " + item).setGtin(GTIN).setUnit("PCE")
                    .setMakeOrBuy("MAKE").setSerialised(true).setVersion(1).setChangedAt("2026-11-01T08:00:00Z").build());
            String number = "MO-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            ProductionOutputReported output = ProductionOutputReported.newBuilder().setOutputId(UUID.randomUUID().toString())
                    .setOrderId(UUID.randomUUID().toString()).setOrderNumber(number).setOperationSequence(10).setWorkCenterCode("TST-01")
                    .setItemCode(item).setLot("FL-" + item).setQuantity(Quantity.newBuilder().setAmount("3").setUnit("PCE"))
                    .setExpiresOn("2031-03-31").addAllSerialNumbers(SERIALS).setReportedAt(Instant.now().toString()).setReportedBy("operator")
                    .build();
            KafkaProbe.send("execution.production-output.v1", output.getOrderId(), output.toByteArray(),
                    KafkaProbe.cloudEvent(UUID.randomUUID().toString(), Outputs.REPORTED));
            Eventually.within(Eventually.EVENT_APPLIED, () -> labels(number).get("/api/warehouse/production-labels").statusCode() == 200,
                    "the output received");
            order = number;
        }
        return order;
    }

    private static RequestSpecification labels(String orderNumber) {
        return given().auth().oauth2(Tokens.user("operator")).queryParam("orderNumber", orderNumber).when();
    }

    /** The label's DataMatrix as a scanner aimed at it transmits it (]d2 and the data), read through platform/ident. */
    private static ElementString scanned(byte[] png) throws Exception {
        // zxing looks for a DataMatrix from the middle of the image: the part of the label the scanner is aimed at
        var aimed = ImageIO.read(new ByteArrayInputStream(png))
                .getSubimage(ProductLabels.WIDTH - 330, 0, 330, 2 * ProductLabels.SYMBOL_Y);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(aimed)));
        Result result = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX),
                DecodeHintType.TRY_HARDER, true));
        // zxing writes FNC1 in first position as a GS after the identifier; a scanner sends the identifier alone
        String scan = result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER) + result.getText().replaceFirst("^\u001d", "");
        return ((Scanned.Gs1) new ScanReader().read(scan)).elements();
    }

    @Test
    void the_pdf_has_the_lots_label_and_one_label_per_serialised_unit() throws Exception {
        byte[] pdf = labels(order()).get("/api/warehouse/production-labels").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1 + SERIALS.size());
        }
    }

    @Test
    void the_png_of_the_lot_carries_gtin_expiry_lot_and_count_and_a_units_png_its_sgtin() throws Exception {
        byte[] lot = labels(order()).queryParam("format", "png").get("/api/warehouse/production-labels").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(scanned(lot).bracketed()).isEqualTo("(01)" + GTIN + "(17)310331(10)FL-" + item + "(30)3");

        byte[] unit = labels(order()).queryParam("format", "png").queryParam("serial", SERIALS.get(1)).get("/api/warehouse/production-labels")
                .then().statusCode(200).extract().asByteArray();
        ElementString sgtin = scanned(unit);
        assertThat(sgtin.bracketed()).isEqualTo("(01)" + GTIN + "(21)" + SERIALS.get(1));
        labels(order()).queryParam("format", "png").queryParam("serial", "42").get("/api/warehouse/production-labels").then().statusCode(404);
    }

    @Test
    void zpl_prints_the_same_labels_for_a_zebra_printer() {
        String zpl = labels(order()).queryParam("format", "zpl").get("/api/warehouse/production-labels").then().statusCode(200)
                .extract().asString();
        assertThat(zpl.split("\\^XA")).hasSize(1 + 1 + SERIALS.size());
        SERIALS.forEach(serial -> assertThat(zpl).contains("^FD_101" + GTIN + "21" + serial + "^FS"));
    }

    @Test
    void an_order_without_output_in_warehouse_has_no_labels_and_the_order_must_be_named() {
        labels("MO-NOTHING-" + UUID.randomUUID()).get("/api/warehouse/production-labels").then().statusCode(404);
        given().auth().oauth2(Tokens.user("operator")).when().get("/api/warehouse/production-labels").then().statusCode(400)
                .body("errors[0].field", equalTo("orderNumber"));
        labels(order()).queryParam("format", "gif").get("/api/warehouse/production-labels").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
