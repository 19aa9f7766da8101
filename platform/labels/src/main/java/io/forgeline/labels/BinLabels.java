package io.forgeline.labels;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import uk.org.okapibarcode.backend.Code128;
import uk.org.okapibarcode.backend.HumanReadableLocation;
import uk.org.okapibarcode.output.Java2DRenderer;

/**
 * Bin labels, 4 × 2 inches at 203 dpi: the code large enough to read from a forklift, its Code 128 barcode below. As
 * ZPL for a Zebra printer, as an image and (through {@link LabelPdf}) as PDF pages.
 */
public final class BinLabels {

    static final int WIDTH = 812;
    static final int HEIGHT = 406;
    private static final int MARGIN = 32;
    private static final int BAR_HEIGHT = 160;
    private static final Font CODE = new Font(Font.SANS_SERIF, Font.BOLD, 96);
    private static final Font ZONE = new Font(Font.SANS_SERIF, Font.PLAIN, 28);

    private BinLabels() {
    }

    public static String zpl(List<BinLabel> labels) {
        StringBuilder zpl = new StringBuilder();
        for (BinLabel label : labels) {
            int module = module(label);
            zpl.append("^XA\n^CI28\n^PW").append(WIDTH).append("\n^LL").append(HEIGHT).append('\n')
                    .append("^FO").append(MARGIN).append(",24^A0N,96,96^FB").append(WIDTH - 2 * MARGIN).append(",1,0,C^FH\\^FD")
                    .append(LabelZpl.escaped(label.code())).append("^FS\n");
            if (label.zone() != null) {
                zpl.append("^FO").append(MARGIN).append(",128^A0N,28,28^FB").append(WIDTH - 2 * MARGIN).append(",1,0,C^FH\\^FD")
                        .append(LabelZpl.escaped(label.zone())).append("^FS\n");
            }
            // ^BC mode N: the printer chooses the code sets; no line under the bars, the code is above in large letters
            zpl.append("^FO").append((WIDTH - width(label) * module) / 2).append(',').append(HEIGHT - BAR_HEIGHT - 24)
                    .append("^BY").append(module).append("^BCN,").append(BAR_HEIGHT).append(",N,N,N,N^FH\\^FD")
                    .append(LabelZpl.escaped(label.code())).append("^FS\n^XZ\n");
        }
        return zpl.toString();
    }

    public static BufferedImage render(BinLabel label) {
        return LabelImage.drawn(WIDTH, HEIGHT, g -> {
            centred(g, CODE, label.code(), 24 + g.getFontMetrics(CODE).getAscent());
            if (label.zone() != null) {
                centred(g, ZONE, label.zone(), 128 + g.getFontMetrics(ZONE).getAscent());
            }
            Code128 symbol = symbol(label);
            int module = module(label);
            symbol.setBarHeight(BAR_HEIGHT / module);
            int left = (WIDTH - symbol.getWidth() * module) / 2;
            Graphics2D bars = (Graphics2D) g.create(left, HEIGHT - BAR_HEIGHT - 24, symbol.getWidth() * module, symbol.getHeight() * module);
            try {
                new Java2DRenderer(bars, module, uk.org.okapibarcode.graphics.Color.WHITE, uk.org.okapibarcode.graphics.Color.BLACK).render(symbol);
            } finally {
                bars.dispose();
            }
        });
    }

    public static byte[] png(BinLabel label) {
        return LabelImage.png(render(label));
    }

    private static void centred(Graphics2D g, Font font, String text, int baseline) {
        g.setFont(font);
        g.drawString(text, (WIDTH - g.getFontMetrics().stringWidth(text)) / 2, baseline);
    }

    private static Code128 symbol(BinLabel label) {
        Code128 symbol = new Code128();
        symbol.setHumanReadableLocation(HumanReadableLocation.NONE);
        symbol.setContent(label.code());
        return symbol;
    }

    private static int width(BinLabel label) {
        return symbol(label).getWidth();
    }

    /** The widest bars (up to 4 dots) that still fit the label with a quiet zone on each side. */
    private static int module(BinLabel label) {
        int modules = width(label);
        for (int dots = 4; dots > 1; dots--) {
            if (modules * dots <= WIDTH - 2 * MARGIN) {
                return dots;
            }
        }
        return 1;
    }
}
