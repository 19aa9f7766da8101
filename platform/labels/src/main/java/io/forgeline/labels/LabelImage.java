package io.forgeline.labels;

import io.forgeline.labels.LabelCodes.Symbol;
import io.forgeline.labels.LogisticsLabel.Content;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import uk.org.okapibarcode.backend.Code128;
import uk.org.okapibarcode.output.Java2DRenderer;

/**
 * A label as an image of 4 × 6 inches at 203 dpi, the resolution of most thermal label printers: addresses on top,
 * then the content in words, references, the content barcode and the SSCC barcode at the bottom.
 */
public final class LabelImage {

    static final int WIDTH = 812;
    static final int HEIGHT = 1218;
    private static final int MARGIN = 32;
    /**
     * 190 dots, 23.8 mm: lower than the 31.75 mm GS1 asks of logistics labels, so that two content symbols fit above
     * the SSCC on a 6 inch label; scanners read them (the tests decode every one).
     */
    private static final int BAR_HEIGHT = 190;
    private static final int MAX_ITEMS_SHOWN = 6;

    static {
        // a server draws labels without a screen; say so before AWT first asks
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private LabelImage() {
    }

    public static byte[] png(LogisticsLabel label) {
        return png(render(label));
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage render(LogisticsLabel label) {
        return drawn(WIDTH, HEIGHT, g -> {
            g.setStroke(new BasicStroke(3));
            new Layout(g).draw(label);
        });
    }

    /** A blank label in grey levels, black ink on white, its text smoothed, drawn on by {@code draw}. */
    static BufferedImage drawn(int width, int height, Consumer<Graphics2D> draw) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws top to bottom, keeping the current height. */
    private static final class Layout {

        private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
        private static final Font TEXT = new Font(Font.SANS_SERIF, Font.BOLD, 30);
        private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 24);

        private final Graphics2D g;
        private int y = MARGIN;

        Layout(Graphics2D g) {
            this.g = g;
        }

        void draw(LogisticsLabel label) {
            captioned("FROM", label.shipFrom());
            captioned("TO", label.shipTo());
            rule();
            contents(label.contents());
            for (String reference : label.references()) {
                line(SMALL, reference);
            }
            rule();
            // bottom up: the SSCC barcode last, the content barcode above it
            int bottom = HEIGHT - MARGIN;
            for (Symbol symbol : LabelCodes.symbols(label).reversed()) {
                bottom = barcode(symbol, bottom, symbol.isSscc() ? "SSCC " + LabelCodes.readable(label.sscc().value()) : null) - 24;
            }
        }

        private void contents(List<Content> contents) {
            if (contents.size() == 1) {
                Content c = contents.get(0);
                captioned("CONTENT", c.itemCode() + (c.description() == null ? "" : "  " + c.description()));
                List<String> facts = new ArrayList<>();
                if (c.gtin() != null) {
                    facts.add("GTIN " + c.gtin().value());
                }
                facts.add("COUNT " + c.quantity().stripTrailingZeros().toPlainString() + " " + c.unit());
                line(SMALL, String.join("    ", facts));
                List<String> batch = new ArrayList<>();
                if (c.lot() != null) {
                    batch.add("BATCH/LOT " + c.lot());
                }
                if (c.expiry() != null) {
                    batch.add("EXPIRY " + c.expiry());
                }
                if (!batch.isEmpty()) {
                    line(SMALL, String.join("    ", batch));
                }
                return;
            }
            captioned("MIXED CONTENT", contents.size() + " lines");
            contents.stream().limit(MAX_ITEMS_SHOWN).forEach(c -> line(SMALL, c.itemCode() + "  " + c.quantity().stripTrailingZeros().toPlainString()
                    + " " + c.unit() + (c.lot() == null ? "" : "  lot " + c.lot())));
            if (contents.size() > MAX_ITEMS_SHOWN) {
                line(SMALL, "… and " + (contents.size() - MAX_ITEMS_SHOWN) + " more");
            }
        }

        private void captioned(String caption, String text) {
            line(CAPTION, caption);
            line(TEXT, text == null ? "" : text);
        }

        private void line(Font font, String text) {
            g.setFont(font);
            y += g.getFontMetrics().getAscent();
            g.drawString(fitted(text), MARGIN, y);
            y += g.getFontMetrics().getDescent() + 6;
        }

        /** Cut to the label's width, so a long name never runs off the edge. */
        private String fitted(String text) {
            String fitted = text;
            while (g.getFontMetrics().stringWidth(fitted) > WIDTH - 2 * MARGIN && fitted.length() > 1) {
                fitted = fitted.substring(0, fitted.length() - 2) + "…";
            }
            return fitted;
        }

        private void rule() {
            y += 8;
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
            y += 12;
        }

        /** A GS1-128 symbol whose bottom edge (its text included) is at {@code bottom}; returns its top. */
        private int barcode(Symbol data, int bottom, String caption) {
            Code128 symbol = data.code128();
            int module = data.module(LabelCodes.PRINTABLE);
            symbol.setBarHeight(BAR_HEIGHT / module);
            g.setFont(SMALL);
            int textHeight = g.getFontMetrics().getHeight();
            int top = bottom - textHeight - symbol.getHeight() * module - 6;
            int left = (WIDTH - symbol.getWidth() * module) / 2;
            Graphics2D at = (Graphics2D) g.create(left, top, symbol.getWidth() * module, symbol.getHeight() * module);
            try {
                new Java2DRenderer(at, module, uk.org.okapibarcode.graphics.Color.WHITE, uk.org.okapibarcode.graphics.Color.BLACK).render(symbol);
            } finally {
                at.dispose();
            }
            String text = data.bracketed();
            int textWidth = g.getFontMetrics().stringWidth(text);
            g.drawString(text, (WIDTH - textWidth) / 2, bottom - g.getFontMetrics().getDescent());
            if (caption != null) {
                g.setFont(CAPTION);
                g.drawString(caption, MARGIN, top - 8);
            }
            return top - (caption == null ? 0 : g.getFontMetrics().getHeight() + 8);
        }
    }
}
