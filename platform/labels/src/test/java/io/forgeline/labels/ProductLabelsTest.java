package io.forgeline.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.ident.scan.Scanned;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Product labels read back by zxing and through platform/ident, as a terminal's scanner reads them. */
class ProductLabelsTest {

    private static final Gtin GTIN = Gtin.parse("04012345000023");

    private static LotLabel gearboxes(Gtin gtin) {
        return new LotLabel("GEARBOX-A", "Gearbox type A", gtin, "FL-000042", new BigDecimal("5"), "PCE", LocalDate.of(2031, 3, 31), "MO-000017");
    }

    /** The DataMatrix as a scanner aimed at it transmits it: the symbology identifier (]d2 for GS1 DataMatrix) and its data. */
    static String scanned(byte[] png) throws Exception {
        // zxing looks for a DataMatrix from the middle of the image: the part of the label the scanner is aimed at
        var aimed = ImageIO.read(new ByteArrayInputStream(png))
                .getSubimage(ProductLabels.WIDTH - 330, 0, 330, 2 * ProductLabels.SYMBOL_Y);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(aimed)));
        Result result = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX),
                DecodeHintType.TRY_HARDER, true));
        // zxing writes FNC1 in first position as a GS after the identifier; a scanner sends the identifier alone
        return result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER) + result.getText().replaceFirst("^\u001d", "");
    }

    private static ElementString read(String scan) {
        return ((Scanned.Gs1) new ScanReader().read(scan)).elements();
    }

    @Test
    void a_unit_label_carries_the_sgtin_as_a_gs1_datamatrix() throws Exception {
        byte[] png = ProductLabels.png(new UnitLabel("GEARBOX-A", "Gearbox type A", GTIN, "100000007", "FL-000042"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/label-unit.png"), png); // for people to look at

        String scan = scanned(png);
        assertTrue(scan.startsWith("]d2"), "GS1 DataMatrix: " + scan);
        assertEquals("(01)04012345000023(21)100000007", read(scan).bracketed());
    }

    @Test
    void a_lot_label_carries_gtin_expiry_lot_and_count() throws Exception {
        byte[] png = ProductLabels.png(gearboxes(GTIN));
        Files.write(Files.createDirectories(Path.of("target")).resolve("label-lot.png"), png);

        ElementString data = read(scanned(png));
        assertEquals("(01)04012345000023(17)310331(10)FL-000042(30)5", data.bracketed());
        assertEquals(LocalDate.of(2031, 3, 31), data.expiry().orElseThrow());
    }

    @Test
    void a_lot_of_an_item_without_a_gtin_carries_its_lot_number_alone() throws Exception {
        String scan = scanned(ProductLabels.png(gearboxes(null)));

        assertEquals("FL-000042", ((Scanned.Plain) new ScanReader().read(scan.substring(3))).value());
        assertTrue(ProductCodes.data(gearboxes(null)).isEmpty());
    }

    @Test
    void zpl_prints_each_label_as_a_datamatrix_with_fnc1_escapes_and_the_pdf_has_a_page_each() throws Exception {
        UnitLabel unit = new UnitLabel("GEARBOX-A", null, GTIN, "100000007", "FL-000042");
        String zpl = ProductLabels.zpl(List.of(gearboxes(GTIN)), List.of(unit));

        assertEquals(2, zpl.split("\\^XA").length - 1);
        assertTrue(zpl.contains("^BXN,8,200,0,0,6,_^FD_10104012345000023173103311" + "0FL-000042_1305^FS"), zpl);
        assertTrue(zpl.contains("^FD_10104012345000023" + "21100000007^FS"), zpl);
        try (PDDocument document = Loader.loadPDF(LabelPdf.products(List.of(gearboxes(GTIN)), List.of(unit, unit)))) {
            assertEquals(3, document.getNumberOfPages());
            assertEquals(4 * 72, document.getPage(0).getMediaBox().getWidth(), 0.1);
            assertEquals(2 * 72, document.getPage(0).getMediaBox().getHeight(), 0.1);
        }
    }
}
