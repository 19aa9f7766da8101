package io.forgeline.execution.oee;

import io.forgeline.execution.oee.OeeService.Grain;
import io.forgeline.platform.problem.FieldChecks;
import io.forgeline.platform.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** OEE per machine or work center and period (docs/oee.md): {@code GET /api/execution/oee?machine=&from=&to=&grain=}. */
@Path("/api/execution/oee")
@Produces(MediaType.APPLICATION_JSON)
public class OeeResource {

    /** The longest window one request may ask for: a quarter and a bit, so a request stays a few hundred rows. */
    static final Duration LONGEST = Duration.ofDays(93);

    private final OeeService oee;

    OeeResource(OeeService oee) {
        this.oee = oee;
    }

    @GET
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<List<Map<String, Object>>> get(@QueryParam("machine") String machine, @QueryParam("workCenter") String workCenter,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("grain") String grain) {
        String machineCode = FieldChecks.blankIsNull(machine);
        String workCenterCode = FieldChecks.blankIsNull(workCenter);
        if ((machineCode == null) == (workCenterCode == null)) {
            throw new InvalidField("machine", "name either a machine or a work center (workCenter)");
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (!end.isAfter(start)) {
            throw new InvalidField("to", "must be after from (" + start + ")");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidField("to", "the window may be at most " + LONGEST.toDays() + " days long");
        }
        Grain by = grain(grain);
        return machineCode != null
                ? oee.ofMachine(machineCode, start, end, by).map(rows -> rows.stream().map(f -> row("machine", machineCode, f)).toList())
                : oee.ofWorkCenter(workCenterCode, start, end, by).map(rows -> rows.stream().map(f -> row("workCenter", workCenterCode, f)).toList());
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidField(field, "is required: an ISO-8601 instant such as 2026-06-15T04:00:00Z");
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException unreadable) {
            throw new InvalidField(field, "'" + text + "' is not an ISO-8601 instant such as 2026-06-15T04:00:00Z");
        }
    }

    private static Grain grain(String text) {
        if (text == null || text.isBlank()) {
            return Grain.SHIFT;
        }
        try {
            return Grain.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidField("grain", "must be shift or day");
        }
    }

    /** A map, not a record: the factors must appear as null, and the period's shift only for shift rows. */
    private static Map<String, Object> row(String owner, String code, OeeFigures f) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", f.period().from().toString());
        period.put("to", f.period().to().toString());
        if (f.period().shift() != null) {
            period.put("shift", f.period().shift());
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(owner, code);
        row.put("period", period);
        row.put("availability", f.availability());
        row.put("performance", f.performance());
        row.put("quality", f.quality());
        row.put("oee", f.oee());
        row.put("plannedBusyMinutes", OeeFigures.minutes(f.plannedBusy()));
        row.put("actualProductionMinutes", OeeFigures.minutes(f.actualProduction()));
        row.put("downMinutes", OeeFigures.minutes(f.down()));
        row.put("setupMinutes", OeeFigures.minutes(f.setup()));
        row.put("idleMinutes", OeeFigures.minutes(f.idle()));
        row.put("unknownMinutes", OeeFigures.minutes(f.unknown()));
        row.put("producedQuantity", plain(f.produced()));
        row.put("goodQuantity", plain(f.good()));
        row.put("scrapQuantity", plain(f.scrap()));
        return row;
    }

    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
