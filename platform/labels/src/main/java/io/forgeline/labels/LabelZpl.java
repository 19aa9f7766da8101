package io.forgeline.labels;

import io.forgeline.labels.LabelCodes.Symbol;
import io.forgeline.labels.LogisticsLabel.Content;
import java.util.List;

/**
 * Labels as ZPL II for Zebra printers at 203 dpi, one {@code ^XA..^XZ} format per label. The barcodes are Code 128
 * in mode D (GS1-128): their field data is the element string in bracket form, the printer encodes FNC1 and prints
 * the text under the bars itself.
 */
public final class LabelZpl {

    private LabelZpl() {
    }

    public static String zpl(List<LogisticsLabel> labels) {
        StringBuilder zpl = new StringBuilder();
        labels.forEach(label -> zpl.append(zpl(label)));
        return zpl.toString();
    }

    static String zpl(LogisticsLabel label) {
        Format f = new Format();
        f.text(20, "FROM").text(30, label.shipFrom()).text(20, "TO").text(30, label.shipTo()).rule();
        List<Content> contents = label.contents();
        if (contents.size() == 1) {
            Content c = contents.get(0);
            f.text(20, "CONTENT").text(30, c.itemCode() + (c.description() == null ? "" : "  " + c.description()));
            f.text(24, (c.gtin() == null ? "" : "GTIN " + c.gtin().value() + "    ") + "COUNT " + c.quantity().stripTrailingZeros().toPlainString()
                    + " " + c.unit());
            if (c.lot() != null || c.expiry() != null) {
                f.text(24, (c.lot() == null ? "" : "BATCH/LOT " + c.lot() + "    ") + (c.expiry() == null ? "" : "EXPIRY " + c.expiry()));
            }
        } else {
            f.text(20, "MIXED CONTENT").text(30, contents.size() + " lines");
        }
        label.references().forEach(reference -> f.text(24, reference));
        f.rule();
        // bottom up: the SSCC last, the content above it
        List<Symbol> symbols = LabelCodes.symbols(label);
        int at = LabelImage.HEIGHT - 270;
        f.text(at - 30, 20, "SSCC " + LabelCodes.readable(label.sscc().value()));
        f.barcode(at, symbols.getLast(), 190);
        for (Symbol content : symbols.subList(0, symbols.size() - 1).reversed()) {
            at -= 230;
            f.barcode(at, content, 150);
        }
        return f.end();
    }

    /** One label format; {@code ^FH} lets text carry ^ and ~ as hex escapes. */
    private static final class Format {

        private final StringBuilder zpl = new StringBuilder("^XA\n^CI28\n^PW" + LabelImage.WIDTH + "\n^LL" + LabelImage.HEIGHT + "\n");
        private int y = 32;

        Format text(int height, String text) {
            text(y, height, text);
            y += height + 10;
            return this;
        }

        Format text(int at, int height, String text) {
            zpl.append("^FO32,").append(at).append("^A0N,").append(height).append(',').append(height)
                    .append("^FB748,1,0,L^FH\\^FD").append(escaped(text == null ? "" : text)).append("^FS\n");
            return this;
        }

        Format rule() {
            zpl.append("^FO32,").append(y + 4).append("^GB748,3,3^FS\n");
            y += 20;
            return this;
        }

        Format barcode(int at, Symbol data, int height) {
            zpl.append("^FO32,").append(at).append("^BY").append(data.module(LabelCodes.PRINTABLE)).append("^BCN,").append(height)
                    .append(",Y,N,N,D^FD").append(data.bracketed()).append("^FS\n");
            return this;
        }

        String end() {
            return zpl.append("^XZ\n").toString();
        }
    }

    /** ^, ~ and the escape character itself as hex, so a supplier's or zone's name cannot end the field or start a command. */
    static String escaped(String text) {
        return text.replace("\\", "\\5C").replace("^", "\\5E").replace("~", "\\7E");
    }
}
