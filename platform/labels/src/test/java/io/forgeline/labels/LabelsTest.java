package io.forgeline.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.ident.scan.ScanReader;
import io.forgeline.ident.scan.Scanned;
import io.forgeline.labels.LogisticsLabel.Content;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Labels read back by an independent decoder (zxing) and through platform/ident, as a receiving dock reads them. */
class LabelsTest {

    private static final Sscc SSCC = Sscc.parse("340123450000000017");
    private static final Gtin GTIN = Gtin.parse("04012345000023");
    private static final LocalDate EXPIRY = LocalDate.of(2029, 11, 30);

    private static LogisticsLabel label(List<Content> contents) {
        return new LogisticsLabel(SSCC, "ACME Bearings GmbH", "Forgeline plant 1000", List.of("ASN ASN-0051", "PO-000017 line 1"), contents);
    }

    private static Content bearings(String lot) {
        return new Content("BEARING-6204", "Deep groove ball bearing 6204", GTIN, new BigDecimal("300"), "PCE", lot, EXPIRY);
    }

    /** Every GS1-128 symbol on the label as a scanner transmits it (with the ]C1 symbology identifier), top first. */
    private static List<String> scanned(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                DecodeHintType.ASSUME_GS1, true, DecodeHintType.TRY_HARDER, true);
        Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints);
        return Arrays.stream(results).sorted(Comparator.comparing(r -> r.getResultPoints()[0].getY())).map(Result::getText).toList();
    }

    /** What a receiving application makes of the whole label: the SSCC scan, then the content scan, read as one. */
    private static ElementString readBack(List<String> scans) {
        assertTrue(scans.stream().allMatch(scan -> scan.startsWith("]C1")), "GS1-128 symbols: " + scans);
        StringBuilder data = new StringBuilder("]C1").append(scans.get(scans.size() - 1).substring(3)); // (00) has a fixed length
        // each symbol's data ends where it ends: a GS between them, as a variable-length element needs (none after 00)
        data.append(String.join(String.valueOf(ElementString.GS), scans.subList(0, scans.size() - 1).stream().map(scan -> scan.substring(3)).toList()));
        return ((Scanned.Gs1) new ScanReader().read(data.toString())).elements();
    }

    @Test
    void a_handling_unit_of_one_item_carries_its_content_and_its_sscc() throws Exception {
        byte[] png = LabelImage.png(label(List.of(bearings("L2611-0815"))));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/label-one-item.png"), png); // for people to look at
        List<String> scans = scanned(png);

        assertTrue(scans.size() >= 2, "content and SSCC barcodes: " + scans);
        LabelCodes.symbols(label(List.of(bearings("L2611-0815")))).forEach(symbol ->
                assertTrue(symbol.module(LabelCodes.PRINTABLE) >= 3, "bars of 3 dots (0.375 mm) or wider: " + symbol.bracketed()));
        assertTrue(scans.getLast().startsWith("]C100"), "the SSCC at the bottom: " + scans);
        ElementString label = readBack(scans);
        assertEquals(SSCC, label.sscc().orElseThrow());
        assertEquals("04012345000023", label.value("02").orElseThrow());
        assertEquals("300", label.value("37").orElseThrow());
        assertEquals("L2611-0815", label.lot().orElseThrow());
        assertEquals(EXPIRY, label.expiry().orElseThrow());
    }

    @Test
    void mixed_content_gets_the_sscc_only() throws Exception {
        Content shafts = new Content("SHAFT-01", "Shaft", Gtin.parse("04012345000016"), new BigDecimal("40"), "PCE", "L7", null);
        List<String> scans = scanned(LabelImage.png(label(List.of(bearings("L1"), shafts))));

        assertEquals(1, scans.size());
        assertEquals(SSCC, new ScanReader().read(scans.get(0)).sscc().orElseThrow());
    }

    @Test
    void a_lot_gs1_cannot_carry_stays_in_the_text_and_the_barcode_carries_the_rest() throws Exception {
        ElementString label = readBack(scanned(LabelImage.png(label(List.of(bearings("Charge №7 über 20 Zeichen lang"))))));

        assertEquals("300", label.value("37").orElseThrow());
        assertTrue(label.lot().isEmpty());
    }

    @Test
    void goods_counted_in_kilograms_get_no_count_barcode() {
        Content steel = new Content("STEEL-S235", "Flat steel", GTIN, new BigDecimal("12.5"), "KGM", "H1", null);

        assertEquals(1, LabelCodes.symbols(label(List.of(steel))).size(), "the SSCC only");
    }

    @Test
    void the_pdf_has_a_four_by_six_inch_page_per_label() throws Exception {
        byte[] pdf = LabelPdf.pdf(List.of(label(List.of(bearings("L1"))), label(List.of(bearings("L2")))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            assertEquals(288, document.getPage(0).getMediaBox().getWidth(), 0.1);
            assertEquals(432, document.getPage(0).getMediaBox().getHeight(), 0.1);
        }
    }

    @Test
    void zpl_carries_the_element_strings_as_field_data_and_escapes_text() {
        LogisticsLabel label = new LogisticsLabel(SSCC, "Müller ^ Söhne ~", "Plant", List.of(), List.of(bearings("L2611-0815")));

        String zpl = LabelZpl.zpl(List.of(label, label));

        assertEquals(2, zpl.split("\\^XA", -1).length - 1, "one format per label");
        assertTrue(zpl.contains("^BCN,190,Y,N,N,D^FD(00)340123450000000017^FS"), zpl);
        assertTrue(zpl.contains("(02)04012345000023") && zpl.contains("(37)300") && zpl.contains("(10)L2611-0815")
                && zpl.contains("(17)291130"), zpl);
        assertTrue(zpl.contains("^FDMüller \\5E Söhne \\7E^FS"), zpl);
    }
}
