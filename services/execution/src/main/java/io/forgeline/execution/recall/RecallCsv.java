package io.forgeline.execution.recall;

import io.forgeline.execution.recall.RecallReport.Affected;
import io.forgeline.execution.recall.RecallReport.Whereabouts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A recall report as CSV (RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line end quoted, quotes
 * doubled): one row per affected lot and whereabouts, one row without whereabouts for a lot consumed entirely. The lot's
 * affected serial numbers stand in one field, separated by spaces.
 */
final class RecallCsv {

    static final List<String> HEADER = List.of("itemCode", "lot", "kind", "orderNumber", "consumedBy", "serials", "state", "quantity", "unit",
            "binCode", "status", "hold", "sscc", "customerCode", "customerName", "deliveryNumber", "shippedAt");

    private static final Whereabouts NOWHERE = new Whereabouts(null, null, null, null, null, null, null, null, null, null, null);

    private RecallCsv() {
    }

    static String of(RecallReport report) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Affected lot : report.affected()) {
            List<Whereabouts> places = lot.whereabouts().isEmpty() ? List.of(NOWHERE) : lot.whereabouts();
            for (Whereabouts place : places) {
                row(csv, Arrays.asList(lot.itemCode(), lot.lot(), lot.kind(), lot.orderNumber(), String.join(" ", lot.consumedBy()),
                        String.join(" ", lot.serials()),
                        place.state(), plain(place.quantity()), place.unit(), place.binCode(), place.status(), place.hold(), place.sscc(),
                        place.customerCode(), place.customerName(), place.deliveryNumber(), text(place.shippedAt())));
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(RecallCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * One field, quoted when it must be. Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
     * apostrophe: suppliers' lot numbers and customers' names come from outside the plant.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String plain(BigDecimal quantity) {
        return quantity == null ? null : quantity.toPlainString();
    }

    private static String text(Instant instant) {
        return Objects.toString(instant, null);
    }
}
