package io.forgeline.supply.shipping;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads an ASN's form, all of it, before anything looks at orders: required values, dates, decimals, and the check
 * digits of every SSCC and GTIN (through platform/ident). Every fault is named by its JSON pointer; one fault
 * anywhere refuses the whole ASN (400), with all faults listed so the supplier fixes them in one go.
 */
final class AsnForm {

    /** EDIFACT's document number (BGM 1004) holds 35 characters; GS1's batch (AI 10) 20. */
    static final int NUMBER_LENGTH = 35;
    static final int LOT_LENGTH = 20;

    private final List<FieldError> faults = new ArrayList<>();

    private AsnForm() {
    }

    /** @throws FieldErrors 400 naming every fault */
    static ShippingNotice read(AsnDocument document) {
        AsnForm form = new AsnForm();
        ShippingNotice notice = form.notice(document);
        if (!form.faults.isEmpty()) {
            throw FieldErrors.invalid(form.faults);
        }
        return notice;
    }

    private ShippingNotice notice(AsnDocument document) {
        if (document == null) {
            fault("", "a JSON body with the ASN is required");
            return null;
        }
        String number = text("/asnNumber", document.asnNumber(), NUMBER_LENGTH, true);
        LocalDate shipDate = date("/shipDate", document.shipDate(), true);
        Instant arrival = instant("/expectedArrival", document.expectedArrival());
        String carrier = text("/carrier", document.carrier(), 70, false);
        // a day's slack: the supplier's ship date is a day of its own calendar, the arrival an instant
        if (shipDate != null && arrival != null && arrival.isBefore(shipDate.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            fault("/expectedArrival", "is before the goods ship (" + shipDate + ")");
        }
        List<ShippingNotice.Unit> units = new ArrayList<>();
        if (document.handlingUnits() == null || document.handlingUnits().isEmpty()) {
            fault("/handlingUnits", "an ASN announces at least one handling unit");
        } else {
            Map<String, Integer> seen = new HashMap<>();
            for (int u = 0; u < document.handlingUnits().size(); u++) {
                units.add(unit("/handlingUnits/" + u, document.handlingUnits().get(u), seen));
            }
        }
        return new ShippingNotice(number, shipDate, arrival, carrier, units);
    }

    private ShippingNotice.Unit unit(String at, AsnDocument.Unit unit, Map<String, Integer> seen) {
        if (unit == null) {
            fault(at, "is required");
            return new ShippingNotice.Unit(null, List.of());
        }
        Sscc sscc = null;
        if (blank(unit.sscc())) {
            fault(at + "/sscc", "is required");
        } else {
            try {
                sscc = Sscc.parse(unit.sscc().trim());
                Integer first = seen.putIfAbsent(sscc.value(), seen.size());
                if (first != null) {
                    fault(at + "/sscc", "SSCC " + sscc.value() + " appears twice in this ASN");
                }
            } catch (InvalidCode wrong) {
                fault(at + "/sscc", wrong.getMessage());
            }
        }
        List<ShippingNotice.Line> lines = new ArrayList<>();
        if (unit.lines() == null || unit.lines().isEmpty()) {
            fault(at + "/lines", "a handling unit carries at least one line");
        } else {
            for (int l = 0; l < unit.lines().size(); l++) {
                ShippingNotice.Line line = line(at + "/lines/" + l, unit.lines().get(l));
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return new ShippingNotice.Unit(sscc, lines);
    }

    private ShippingNotice.Line line(String at, AsnDocument.Line line) {
        if (line == null) {
            fault(at, "is required");
            return null;
        }
        UUID order = null;
        if (blank(line.purchaseOrderId())) {
            fault(at + "/purchaseOrderId", "is required");
        } else {
            try {
                order = UUID.fromString(line.purchaseOrderId().trim());
            } catch (IllegalArgumentException notAnId) {
                fault(at + "/purchaseOrderId", "must be the purchase order's id (a UUID)");
            }
        }
        if (line.lineNumber() == null || line.lineNumber() < 1) {
            fault(at + "/lineNumber", line.lineNumber() == null ? "is required" : "must be 1 or more");
        }
        String item = text(at + "/itemCode", line.itemCode(), 40, false);
        Gtin gtin = null;
        if (!blank(line.gtin())) {
            try {
                gtin = Gtin.parse(line.gtin().trim());
            } catch (InvalidCode wrong) {
                fault(at + "/gtin", wrong.getMessage());
            }
        } else if (item == null) {
            fault(at + "/itemCode", "name the item by itemCode or gtin");
        }
        String lot = text(at + "/lot", line.lot(), LOT_LENGTH, false);
        LocalDate expiry = date(at + "/expiryDate", line.expiryDate(), false);
        BigDecimal quantity = null;
        if (blank(line.quantity())) {
            fault(at + "/quantity", "is required");
        } else {
            try {
                quantity = new BigDecimal(line.quantity().trim());
                if (quantity.signum() <= 0) {
                    fault(at + "/quantity", "must be more than zero");
                }
            } catch (NumberFormatException notANumber) {
                fault(at + "/quantity", "must be a decimal number such as 120 or 12.5");
            }
        }
        return new ShippingNotice.Line(at, order, line.lineNumber() == null ? 0 : line.lineNumber(), item, gtin, lot, expiry, quantity);
    }

    private String text(String at, String value, int length, boolean required) {
        if (blank(value)) {
            if (required) {
                fault(at, "is required");
            }
            return null;
        }
        if (value.trim().length() > length) {
            fault(at, "must be at most " + length + " characters");
        }
        return value.trim();
    }

    private LocalDate date(String at, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                fault(at, "is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException unreadable) {
            fault(at, "must be an ISO-8601 date such as 2026-12-10");
            return null;
        }
    }

    private Instant instant(String at, String value) {
        if (blank(value)) {
            fault(at, "is required");
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException unreadable) {
            fault(at, "must be an ISO-8601 date and time with its offset, such as 2026-12-10T08:00:00Z");
            return null;
        }
    }

    private void fault(String pointer, String message) {
        faults.add(new FieldError(pointer, message));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
