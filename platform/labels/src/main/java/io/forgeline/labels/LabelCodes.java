package io.forgeline.labels;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.gs1.Element;
import io.forgeline.ident.gs1.ElementString;
import io.forgeline.ident.gs1.ElementStringParser;
import io.forgeline.labels.LogisticsLabel.Content;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.org.okapibarcode.backend.Code128;
import uk.org.okapibarcode.backend.HumanReadableLocation;

/**
 * The data a label's barcodes carry. It is built in bracket form and read back through platform/ident as a whole,
 * (00) with the content, because GS1 asks (02) and (37) to travel with the SSCC on the same label; it is then printed
 * the way GS1 logistics labels print it, the content on one symbol and the SSCC on the last.
 */
public final class LabelCodes {

    /** Units in which a quantity counts trade items (UN/ECE Rec. 20: piece, each, one). */
    private static final Set<String> COUNTED = Set.of("PCE", "EA", "C62", "H87");
    private static final BigDecimal MAX_COUNT = new BigDecimal("99999999"); // AI 37 is n..8
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final ElementStringParser PARSER = new ElementStringParser();

    private LabelCodes() {
    }

    /** One barcode's elements. */
    public record Symbol(List<Element> elements) {

        /** As printed under the bars: (02)04012345000023(37)300. */
        public String bracketed() {
            StringBuilder text = new StringBuilder();
            elements.forEach(e -> text.append('(').append(e.ai()).append(')').append(e.value().replace("(", "\\(")));
            return text.toString();
        }

        /** As okapibarcode takes GS1 data: Application Identifiers in square brackets. */
        String squareBracketed() {
            StringBuilder text = new StringBuilder();
            elements.forEach(e -> text.append('[').append(e.ai()).append(']').append(e.value()));
            return text.toString();
        }

        boolean isSscc() {
            return elements.size() == 1 && "00".equals(elements.get(0).ai());
        }

        /** The symbol as okapibarcode draws it: GS1-128, no text of its own, quiet zones of 10 modules. */
        Code128 code128() {
            Code128 symbol = new Code128();
            symbol.setDataType(uk.org.okapibarcode.backend.Symbol.DataType.GS1);
            symbol.setHumanReadableLocation(HumanReadableLocation.NONE);
            symbol.setQuietZoneHorizontal(10);
            symbol.setContent(squareBracketed());
            return symbol;
        }

        /** The widest module, in printer dots, at which the symbol fits {@code dots}: GS1's 0.5 mm (4 at 203 dpi) if it can. */
        public int module(int dots) {
            return Math.max(1, Math.min(GS1_MODULE, dots / code128().getWidth()));
        }
    }

    /** Dots a module at 203 dpi for GS1's 0.495 mm minimum on logistics labels; 3 (0.375 mm) is the least we print. */
    static final int GS1_MODULE = 4;
    private static final int LEAST_MODULE = 3;
    /** The printable width of a 4 inch label at 203 dpi, less the margins. */
    static final int PRINTABLE = 748;

    /**
     * The label's data: (00) SSCC and, for a handling unit of one trade item counted in pieces, (02) GTIN, (17) expiry,
     * (37) count, (10) lot. A lot GS1 cannot carry (characters outside its set, more than 20) stays in the text only.
     */
    public static ElementString data(LogisticsLabel label) {
        String sscc = "(00)" + label.sscc().value();
        if (label.contents().size() != 1) {
            return PARSER.bracketed(sscc);
        }
        Content content = label.contents().get(0);
        if (content.gtin() == null || !COUNTED.contains(content.unit()) || !counted(content.quantity())) {
            return PARSER.bracketed(sscc);
        }
        String fixed = sscc + "(02)" + content.gtin().value() + (content.expiry() == null ? "" : "(17)" + content.expiry().format(YYMMDD))
                + "(37)" + content.quantity().toBigInteger();
        if (content.lot() != null && !content.lot().isBlank()) {
            try {
                return PARSER.bracketed(fixed + "(10)" + content.lot().replace("(", "\\("));
            } catch (InvalidCode lotGs1CannotCarry) {
                // the lot is printed as text; the barcodes carry what they can
            }
        }
        return PARSER.bracketed(fixed);
    }

    /** The barcodes, top to bottom: the content (when there is any, on two symbols when one would be too long), then the SSCC. */
    public static List<Symbol> symbols(LogisticsLabel label) {
        List<Element> content = new ArrayList<>();
        Element sscc = null;
        for (Element element : data(label).elements()) {
            if ("00".equals(element.ai())) {
                sscc = element;
            } else {
                content.add(element);
            }
        }
        if (content.isEmpty()) {
            return List.of(new Symbol(List.of(sscc)));
        }
        Symbol together = new Symbol(content);
        if (together.module(PRINTABLE) >= LEAST_MODULE || content.size() < 3) {
            return List.of(together, new Symbol(List.of(sscc)));
        }
        // too long for one symbol of readable bars: (02) with (37), then expiry and lot on a symbol of their own
        List<Element> keys = content.stream().filter(e -> List.of("02", "37").contains(e.ai())).toList();
        List<Element> rest = content.stream().filter(e -> !keys.contains(e)).toList();
        return List.of(new Symbol(keys), new Symbol(rest), new Symbol(List.of(sscc)));
    }

    private static boolean counted(BigDecimal quantity) {
        return quantity != null && quantity.signum() > 0 && quantity.stripTrailingZeros().scale() <= 0 && quantity.compareTo(MAX_COUNT) <= 0;
    }

    /** The SSCC as GS1 prints it for people: extension digit, then the rest, then the check digit apart. */
    static String readable(String sscc) {
        return sscc.charAt(0) + " " + sscc.substring(1, 17) + " " + sscc.charAt(17);
    }
}
