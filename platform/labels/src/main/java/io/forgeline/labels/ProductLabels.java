package io.forgeline.labels;

import io.forgeline.ident.gs1.ElementString;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.org.okapibarcode.backend.DataMatrix;
import uk.org.okapibarcode.backend.HumanReadableLocation;
import uk.org.okapibarcode.backend.Symbol;
import uk.org.okapibarcode.output.Java2DRenderer;

/**
 * Product labels, 4 × 2 inches at 203 dpi, the text on the left and a DataMatrix on the right: a finished lot's label
 * (GS1 DataMatrix of {@link ProductCodes#data(LotLabel)}, or the lot number alone for an item without a GTIN) and a
 * serialised unit's label (GS1 DataMatrix (01)(21), the serial large). As an image, ZPL ({@code ^BX}, FNC1 written
 * {@code _1}) and, through {@link LabelPdf}, PDF pages.
 */
public final class ProductLabels {

    public static final int WIDTH = 812;
    public static final int HEIGHT = 406;
    private static final int MARGIN = 32;
    /** Dots kept under the symbol for the bracketed data along the bottom. */
    private static final int BOTTOM_LINE = 40;
    /** 1 mm modules: well above GS1's 0.380 mm minimum for DataMatrix outside healthcare, read at arm's length. */
    private static final int MODULE = 8;
    /** The symbol's centre, where a scanner is aimed: the middle of the 300 dots right of the text, above the bottom line. */
    public static final int SYMBOL_X = WIDTH - MARGIN - 150;
    public static final int SYMBOL_Y = MARGIN + (HEIGHT - 2 * MARGIN - BOTTOM_LINE) / 2;
    private static final Font LARGE = new Font(Font.SANS_SERIF, Font.BOLD, 40);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 22);

    private ProductLabels() {
    }

    /** What the label says in words, top to bottom, the first line large. */
    static List<String> lines(LotLabel label) {
        List<String> lines = new ArrayList<>();
        lines.add(label.itemCode());
        lines.add(label.description() == null ? "" : label.description());
        lines.add("LOT " + label.lot());
        lines.add("QTY " + label.quantity().stripTrailingZeros().toPlainString() + " " + label.unit());
        if (label.expiry() != null) {
            lines.add("EXPIRY " + label.expiry());
        }
        if (label.orderNumber() != null) {
            lines.add("ORDER " + label.orderNumber());
        }
        ProductCodes.data(label).ifPresent(data -> lines.add(data.bracketed()));
        return lines;
    }

    static List<String> lines(UnitLabel label) {
        List<String> lines = new ArrayList<>();
        lines.add("S/N " + label.serial());
        lines.add(label.itemCode() + (label.description() == null ? "" : "  " + label.description()));
        lines.add("GTIN " + label.gtin().value());
        if (label.lot() != null) {
            lines.add("LOT " + label.lot());
        }
        lines.add(ProductCodes.data(label).bracketed());
        return lines;
    }

    public static BufferedImage render(LotLabel label) {
        Optional<ElementString> data = ProductCodes.data(label);
        return render(lines(label), data.map(ProductLabels::gs1).orElseGet(() -> plain(label.lot())));
    }

    public static BufferedImage render(UnitLabel label) {
        return render(lines(label), gs1(ProductCodes.data(label)));
    }

    public static byte[] png(LotLabel label) {
        return LabelImage.png(render(label));
    }

    public static byte[] png(UnitLabel label) {
        return LabelImage.png(render(label));
    }

    /** The lot's label, then one label per unit, as ZPL formats in that order. */
    public static String zpl(List<LotLabel> lots, List<UnitLabel> units) {
        StringBuilder zpl = new StringBuilder();
        for (LotLabel label : lots) {
            zpl.append(zpl(lines(label), ProductCodes.data(label).map(ProductLabels::zplGs1).orElseGet(() -> "^FH\\^FD" + LabelZpl.escaped(label.lot()))));
        }
        for (UnitLabel label : units) {
            zpl.append(zpl(lines(label), zplGs1(ProductCodes.data(label))));
        }
        return zpl.toString();
    }

    /** ^BX with "_" as escape character: "_1" is FNC1, first (GS1 DataMatrix) and after each variable-length element. */
    private static String zplGs1(ElementString data) {
        return ",_^FD_1" + data.transmitted().replace(String.valueOf(ElementString.GS), "_1");
    }

    /** One format: the text, then the DataMatrix whose parameters end with {@code symbolData} (its escape character, if any, and data). */
    private static String zpl(List<String> lines, String symbolData) {
        StringBuilder zpl = new StringBuilder("^XA\n^CI28\n^PW" + WIDTH + "\n^LL" + HEIGHT + "\n");
        int y = MARGIN;
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            int height = i == 0 ? 40 : last ? 22 : 28;
            zpl.append("^FO").append(MARGIN).append(',').append(last ? HEIGHT - MARGIN - height : y).append("^A0N,").append(height).append(',')
                    .append(height).append("^FB").append(last ? WIDTH - 2 * MARGIN : textWidth()).append(",1,0,L^FH\\^FD")
                    .append(LabelZpl.escaped(lines.get(i))).append("^FS\n");
            y += height + 12;
        }
        zpl.append("^FO").append(SYMBOL_X - 100).append(',').append(SYMBOL_Y - 100).append("^BXN,").append(MODULE).append(",200,0,0,6")
                .append(symbolData).append("^FS\n^XZ\n");
        return zpl.toString();
    }

    private static BufferedImage render(List<String> lines, DataMatrix symbol) {
        return LabelImage.drawn(WIDTH, HEIGHT, g -> {
            int y = MARGIN;
            for (int i = 0; i < lines.size() - 1; i++) {
                g.setFont(i == 0 ? LARGE : TEXT);
                y += g.getFontMetrics().getAscent();
                g.drawString(fitted(g, lines.get(i), textWidth()), MARGIN, y);
                y += g.getFontMetrics().getDescent() + 8;
            }
            // the data in brackets along the bottom, under text and symbol
            g.setFont(SMALL);
            g.drawString(fitted(g, lines.getLast(), WIDTH - 2 * MARGIN), MARGIN, HEIGHT - MARGIN);
            int size = symbol.getWidth() * MODULE;
            int height = symbol.getHeight() * MODULE;
            Graphics2D at = (Graphics2D) g.create(SYMBOL_X - size / 2, SYMBOL_Y - height / 2, size, height);
            try {
                new Java2DRenderer(at, MODULE, uk.org.okapibarcode.graphics.Color.WHITE, uk.org.okapibarcode.graphics.Color.BLACK).render(symbol);
            } finally {
                at.dispose();
            }
        });
    }

    /** The width left to text beside the symbol (the bracketed data, last, runs under it). */
    private static int textWidth() {
        return WIDTH - 2 * MARGIN - 300;
    }

    private static String fitted(Graphics2D g, String text, int width) {
        String fitted = text;
        while (g.getFontMetrics().stringWidth(fitted) > width && fitted.length() > 1) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }

    private static DataMatrix gs1(ElementString data) {
        DataMatrix symbol = symbol();
        symbol.setDataType(Symbol.DataType.GS1);
        StringBuilder squareBracketed = new StringBuilder();
        data.elements().forEach(e -> squareBracketed.append('[').append(e.ai()).append(']').append(e.value()));
        symbol.setContent(squareBracketed.toString());
        return symbol;
    }

    private static DataMatrix plain(String text) {
        DataMatrix symbol = symbol();
        symbol.setContent(text);
        return symbol;
    }

    private static DataMatrix symbol() {
        DataMatrix symbol = new DataMatrix();
        symbol.setHumanReadableLocation(HumanReadableLocation.NONE);
        // square, as scanners and people expect it; the label's white margin is its quiet zone
        symbol.setForceMode(DataMatrix.ForceMode.SQUARE);
        symbol.setQuietZoneHorizontal(0);
        symbol.setQuietZoneVertical(0);
        return symbol;
    }
}
