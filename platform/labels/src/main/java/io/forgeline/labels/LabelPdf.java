package io.forgeline.labels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Labels as a PDF, one 4 × 6 inch page each, for suppliers and offices without a label printer. */
public final class LabelPdf {

    private static final PDRectangle FOUR_BY_SIX = new PDRectangle(4 * 72, 6 * 72);

    private LabelPdf() {
    }

    public static byte[] pdf(List<LogisticsLabel> labels) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (LogisticsLabel label : labels) {
                PDPage page = new PDPage(FOUR_BY_SIX);
                document.addPage(page);
                // lossless: bars must stay sharp edged for scanners
                PDImageXObject image = LosslessFactory.createFromImage(document, LabelImage.render(label));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, FOUR_BY_SIX.getWidth(), FOUR_BY_SIX.getHeight());
                }
            }
            document.getDocumentInformation().setTitle("SSCC labels");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
