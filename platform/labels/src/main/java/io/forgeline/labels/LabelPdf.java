package io.forgeline.labels;

import java.awt.image.BufferedImage;
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

/** Labels as a PDF, one page each (4 × 6 inches, bins 4 × 2), for suppliers and offices without a label printer. */
public final class LabelPdf {

    private static final PDRectangle FOUR_BY_SIX = new PDRectangle(4 * 72, 6 * 72);
    private static final PDRectangle FOUR_BY_TWO = new PDRectangle(4 * 72, 2 * 72);

    private LabelPdf() {
    }

    public static byte[] pdf(List<LogisticsLabel> labels) {
        return pages(labels.stream().map(LabelImage::render).toList(), FOUR_BY_SIX, "SSCC labels");
    }

    /** A finished lot's label, then each serialised unit's, 4 × 2 inch pages. */
    public static byte[] products(List<LotLabel> lots, List<UnitLabel> units) {
        List<BufferedImage> images = new java.util.ArrayList<>(lots.stream().map(ProductLabels::render).toList());
        units.stream().map(ProductLabels::render).forEach(images::add);
        return pages(images, FOUR_BY_TWO, "Product labels");
    }

    public static byte[] bins(List<BinLabel> labels) {
        return pages(labels.stream().map(BinLabels::render).toList(), FOUR_BY_TWO, "Bin labels");
    }

    private static byte[] pages(List<BufferedImage> images, PDRectangle size, String title) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage label : images) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                // lossless: bars must stay sharp edged for scanners
                PDImageXObject image = LosslessFactory.createFromImage(document, label);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
