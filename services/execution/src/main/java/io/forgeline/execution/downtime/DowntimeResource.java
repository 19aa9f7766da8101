package io.forgeline.execution.downtime;

import io.forgeline.execution.reasons.ReasonCode;
import io.forgeline.execution.reasons.ReasonCodes;
import io.forgeline.execution.reasons.ReasonKind;
import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.problem.InvalidField;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/api/execution/downtimes")
@Produces(MediaType.APPLICATION_JSON)
public class DowntimeResource {

    /** The window when the caller names none: the last day. */
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(1);

    private final Downtimes downtimes;
    private final ReasonCodes reasons;
    private final CurrentActor actor;
    private final Clock clock;

    DowntimeResource(Downtimes downtimes, ReasonCodes reasons, CurrentActor actor, Clock clock) {
        this.downtimes = downtimes;
        this.reasons = reasons;
        this.actor = actor;
        this.clock = clock;
    }

    public record Classify(@NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String reasonCode) {
    }

    /** {@code minutes} to a tenth, open ones until now. */
    public record DowntimeView(UUID id, String machineCode, String workCenterCode, Instant startedAt, Instant endedAt,
                               boolean open, BigDecimal minutes, String stopCode, String reasonCode, String reasonName,
                               String reasonNameZh, Instant classifiedAt, String classifiedBy, Downtime.Breakdown breakdown) {

        static DowntimeView of(Downtime d, Map<String, ReasonCode> names, Instant now) {
            ReasonCode reason = d.reasonCode() == null ? null : names.get(d.reasonCode());
            Duration lasted = Duration.between(d.startedAt(), d.endedAt() == null ? now : d.endedAt());
            return new DowntimeView(d.id(), d.machineCode(), d.workCenterCode(), d.startedAt(), d.endedAt(), d.isOpen(),
                    tenths(lasted), d.stopCode(), d.reasonCode(), reason == null ? null : reason.name(),
                    reason == null ? null : reason.nameZh(), d.classifiedAt(), d.classifiedBy(), d.breakdown());
        }
    }

    public record ParetoView(String machine, String workCenter, Instant from, Instant to, List<BucketView> buckets) {
    }

    /** {@code by}: REASON (the operator's), STOP_CODE (the machine's own, nobody classified it) or UNCLASSIFIED. */
    public record BucketView(DowntimePareto.By by, String code, String name, String nameZh, BigDecimal minutes, long count) {
    }

    /** Classifies a downtime with one of the plant's active DOWNTIME reason codes (422 naming reasonCode otherwise). */
    @PUT
    @Path("{id}/reason")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "planner", "admin"})
    @HonoursIdempotencyKey
    public Uni<DowntimeView> classify(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") Classify body) {
        return downtimes.classify(id, body.reasonCode(), actor.get()).flatMap(this::view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<DowntimeView> get(@PathParam("id") UUID id) {
        return downtimes.find(id).flatMap(this::view);
    }

    /**
     * Downtimes overlapping [from, to) (default: the last day), newest first, at most 500; {@code open=true} only those
     * still going, {@code false} only ended ones; {@code unclassified=true} only those without a reason.
     */
    @GET
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<List<DowntimeView>> list(@QueryParam("machine") String machine, @QueryParam("workCenter") String workCenter,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("open") String open,
            @QueryParam("unclassified") String unclassified) {
        Instant until = to == null || to.isBlank() ? clock.instant() : instant(to, "to");
        Instant since = from == null || from.isBlank() ? until.minus(DEFAULT_WINDOW) : instant(from, "from");
        checkWindow(since, until);
        Optional<Boolean> openOnly = flag(open, "open");
        boolean unclassifiedOnly = flag(unclassified, "unclassified").orElse(false);
        Instant now = clock.instant();
        return downtimes.list(code(machine), code(workCenter), since, until, openOnly)
                .flatMap(found -> names().map(names -> found.stream()
                        .filter(d -> !unclassifiedOnly || d.reasonCode() == null)
                        .map(d -> DowntimeView.of(d, names, now)).toList()));
    }

    /** Minutes and count of downtime by reason in [from, to) for a machine or a work center, largest first. */
    @GET
    @Path("pareto")
    @RolesAllowed({"operator", "planner", "quality-engineer", "admin"})
    public Uni<ParetoView> pareto(@QueryParam("machine") String machine, @QueryParam("workCenter") String workCenter,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Optional<String> m = code(machine);
        Optional<String> w = code(workCenter);
        if (m.isPresent() == w.isPresent()) {
            throw new InvalidField("machine", "give either machine or workCenter");
        }
        Instant until = to == null || to.isBlank() ? clock.instant() : instant(to, "to");
        Instant since = from == null || from.isBlank() ? until.minus(DEFAULT_WINDOW) : instant(from, "from");
        checkWindow(since, until);
        return downtimes.pareto(m, w, since, until).flatMap(buckets -> names().map(names -> new ParetoView(m.orElse(null), w.orElse(null),
                since, until, buckets.stream().map(b -> {
                    ReasonCode reason = b.by() == DowntimePareto.By.REASON ? names.get(b.code()) : null;
                    return new BucketView(b.by(), b.code(), reason == null ? null : reason.name(), reason == null ? null : reason.nameZh(),
                            b.minutes(), b.count());
                }).toList())));
    }

    private Uni<DowntimeView> view(Downtime downtime) {
        return names().map(names -> DowntimeView.of(downtime, names, clock.instant()));
    }

    /** Every DOWNTIME code, retired ones too: a downtime classified under a code since retired keeps its name. */
    private Uni<Map<String, ReasonCode>> names() {
        return reasons.all(ReasonKind.DOWNTIME).map(all -> all.stream().collect(Collectors.toMap(ReasonCode::code, Function.identity())));
    }

    private static void checkWindow(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidField("from", "must be before to");
        }
    }

    private static Optional<String> code(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Optional<Boolean> flag(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new InvalidField(field, "must be true or false");
        };
    }

    private static Instant instant(String text, String field) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "must be an ISO-8601 instant such as 2026-03-02T08:15:00Z");
        }
    }

    private static BigDecimal tenths(Duration lasted) {
        return BigDecimal.valueOf(lasted.toMillis()).divide(BigDecimal.valueOf(60_000), 1, java.math.RoundingMode.HALF_UP);
    }
}
