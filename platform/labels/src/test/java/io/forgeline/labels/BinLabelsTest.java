package io.forgeline.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Bin labels read back by an independent decoder: the scanner must read exactly the bin's code. */
class BinLabelsTest {

    private static String scanned(byte[] png) throws Exception {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                DecodeHintType.TRY_HARDER, true)).getText();
    }

    @Test
    void the_barcode_reads_exactly_the_bin_code() throws Exception {
        for (String code : List.of("B-02-04", "ST-CNC-01", "A-01-01", "RACK-17-LEVEL-4-SLOT-12")) {
            assertEquals(code, scanned(BinLabels.png(new BinLabel(code, "Rack B: bought parts"))));
        }
    }

    @Test
    void zpl_prints_the_code_large_and_as_code_128_one_format_per_bin() {
        String zpl = BinLabels.zpl(List.of(new BinLabel("B-02-04", "Rack B"), new BinLabel("QA-01", "Quarantine ^cage~")));

        assertEquals(3, zpl.split("\\^XA", -1).length, "one ^XA per bin");
        assertTrue(zpl.contains("^FDB-02-04^FS"), zpl);
        assertTrue(zpl.contains("^BCN,160,N,N,N,N^FH\\^FDB-02-04^FS"), zpl);
        assertTrue(zpl.contains("^PW812\n^LL406"), zpl);
        assertTrue(zpl.contains("Quarantine \\5Ecage\\7E"), "a zone's name cannot start a command: " + zpl);
        assertFalse(zpl.contains("^cage"), zpl);
    }

    @Test
    void a_pdf_has_a_four_by_two_inch_page_per_bin() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(LabelPdf.bins(List.of(new BinLabel("B-02-01", null), new BinLabel("B-02-02", null))))) {
            assertEquals(2, pdf.getNumberOfPages());
            assertEquals(288f, pdf.getPage(0).getMediaBox().getWidth());
            assertEquals(144f, pdf.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void a_code_no_scanner_could_send_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new BinLabel("B-02-04\n", null));
        assertThrows(IllegalArgumentException.class, () -> new BinLabel(" ", null));
    }
}
