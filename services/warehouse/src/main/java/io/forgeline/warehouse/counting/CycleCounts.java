package io.forgeline.warehouse.counting;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.numbering.DocumentNumbers;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.warehouse.counting.CountVariance.Tolerance;
import io.forgeline.warehouse.layout.Layout;
import io.forgeline.warehouse.stock.Booking;
import io.forgeline.warehouse.stock.Ledger;
import io.forgeline.warehouse.stock.MovementType;
import io.forgeline.warehouse.stock.StockBalance;
import io.forgeline.warehouse.stock.StockLedger;
import io.forgeline.warehouse.stock.StockPlace;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cycle counts: tasks per bin (named, or every bin holding items of an ABC class), counted blind; a difference within
 * tolerance posts a count adjustment at once, a larger one only when a second person approves it.
 */
@ApplicationScoped
public class CycleCounts {

    /** ABC classes come from how often items moved in this window. */
    private static final Duration ABC_WINDOW = Duration.ofDays(90);

    private final Layout layout;
    private final StockLedger stock;
    private final Ledger ledger;
    private final IdempotentRequests idempotency;
    private final Clock clock;
    private final Tolerance tolerance;

    CycleCounts(Layout layout, StockLedger stock, Ledger ledger, IdempotentRequests idempotency, Clock clock,
            @ConfigProperty(name = "forgeline.warehouse.count.tolerance-percent") Optional<BigDecimal> percent,
            @ConfigProperty(name = "forgeline.warehouse.count.tolerance-absolute") Optional<BigDecimal> absolute) {
        this.layout = layout;
        this.stock = stock;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.clock = clock;
        this.tolerance = new Tolerance(percent.orElse(null), absolute.orElse(null));
    }

    /** A task per bin; 400 when neither bins nor an ABC class is given, 422 for a bin that does not exist. */
    public Uni<List<CountTask>> order(CountOrder order, Optional<String> idempotencyKey, Actor actor) {
        boolean byBins = order.bins() != null && !order.bins().isEmpty();
        boolean byClass = order.abcClass() != null && !order.abcClass().isBlank();
        if (byBins == byClass) {
            throw new InvalidField("bins", "give either the bins to count or an abcClass (A, B or C), not both");
        }
        if (byClass && !Set.of("A", "B", "C").contains(order.abcClass().trim())) {
            throw new InvalidField("abcClass", "must be A, B or C");
        }
        return idempotency.once("counts", actor, idempotencyKey, String.valueOf(order),
                attempt -> Panache.withTransaction(() -> (byBins ? known(order.bins()) : binsOfClass(order.abcClass().trim()))
                        .flatMap(bins -> {
                            Uni<List<CountTask>> created = Uni.createFrom().item(new ArrayList<>());
                            for (String bin : bins) {
                                created = created.call(tasks -> task(bin, actor).invoke(tasks::add));
                            }
                            return created;
                        })
                        .call(tasks -> attempt.remember(tasks.stream().map(task -> task.id.toString()).collect(Collectors.joining(","))))),
                ids -> Panache.withSession(() -> CountTask.<CountTask>list("id in ?1 order by number", Arrays.stream(ids.split(","))
                        .filter(id -> !id.isEmpty()).map(UUID::fromString).toList())));
    }

    /** The clerk's blind count: every line counted; differences within tolerance post now, larger ones wait for approval. */
    public Uni<CountTask> count(UUID id, CountEntry entry, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("count-entries", actor, idempotencyKey, id + " " + entry,
                attempt -> Panache.withTransaction(() -> locked(id).flatMap(task -> {
                    task.requireOpen();
                    Map<Integer, BigDecimal> counted = counted(task, entry);
                    return ledger.lock(task.lines().stream().map(line -> place(task, line)).toList())
                            .chain(() -> booked(task))
                            .flatMap(book -> {
                                List<CountLine> lines = task.lines().stream()
                                        .map(line -> line.withCount(book.getOrDefault(line.line(), BigDecimal.ZERO), counted.get(line.line())))
                                        .toList();
                                List<CountLine> postNow = lines.stream().filter(line -> !variance(line).needsApproval()).toList();
                                boolean waits = postNow.size() < lines.size();
                                return post(task, postNow, actor).map(posted -> lines.stream()
                                                .map(line -> posted.contains(line.line()) ? line.asPosted() : line).toList())
                                        .invoke(result -> task.counted(result, waits, actor.name(), clock.instant()));
                            })
                            .replaceWith(task);
                }).call(task -> attempt.remember(task.id.toString()))),
                taskId -> find(UUID.fromString(taskId)));
    }

    /** A second person approves the differences beyond tolerance: they post as count adjustments. */
    public Uni<CountTask> approve(UUID id, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("count-approvals", actor, idempotencyKey, id.toString(),
                attempt -> Panache.withTransaction(() -> locked(id).flatMap(task -> {
                    task.requireAwaitingApproval();
                    CountVariance.requireSecondPerson(task.countedBy, actor.name());
                    List<CountLine> waiting = task.lines().stream().filter(line -> !line.posted()).toList();
                    return ledger.lock(waiting.stream().map(line -> place(task, line)).toList())
                            .chain(() -> post(task, waiting, actor))
                            .invoke(posted -> task.approved(task.lines().stream()
                                    .map(line -> posted.contains(line.line()) ? line.asPosted() : line).toList(), actor.name(), clock.instant()))
                            .replaceWith(task);
                }).call(task -> attempt.remember(task.id.toString()))),
                taskId -> find(UUID.fromString(taskId)));
    }

    public Uni<CountTask> find(UUID id) {
        return Panache.withSession(() -> CountTask.<CountTask>findById(id)).onItem().ifNull().failWith(() -> new NotFound("count", id));
    }

    public Uni<List<CountTask>> list(Optional<CountStatus> status) {
        return Panache.withSession(() -> status.isPresent()
                ? CountTask.list("status", Sort.by("number"), status.get())
                : CountTask.listAll(Sort.by("number")));
    }

    private CountVariance variance(CountLine line) {
        return new CountVariance(line.book(), line.counted(), tolerance);
    }

    private static Uni<CountTask> locked(UUID id) {
        return CountTask.<CountTask>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> new NotFound("count", id));
    }

    /** The counted quantity of every line; 400 naming each line left out or unknown. */
    private static Map<Integer, BigDecimal> counted(CountTask task, CountEntry entry) {
        Map<Integer, BigDecimal> counted = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < entry.lines().size(); i++) {
            CountEntry.Counted line = entry.lines().get(i);
            if (task.lines().stream().noneMatch(l -> l.line() == line.line())) {
                errors.add(new FieldError("/lines/" + i + "/line", "count " + task.number + " has no line " + line.line()));
            } else if (counted.put(line.line(), line.counted()) != null) {
                errors.add(new FieldError("/lines/" + i + "/line", "line " + line.line() + " is counted twice"));
            }
        }
        task.lines().stream().filter(line -> !counted.containsKey(line.line()))
                .forEach(line -> errors.add(new FieldError("/lines", "line " + line.line() + " (" + line.itemCode() + ", lot " + line.lot()
                        + ") is not counted: count every line, 0 when nothing is there")));
        if (!errors.isEmpty()) {
            throw FieldErrors.invalid(errors);
        }
        return counted;
    }

    /** What the book holds now for each line. */
    private Uni<Map<Integer, BigDecimal>> booked(CountTask task) {
        return stock.inBins(List.of(task.bin)).map(held -> {
            Map<Integer, BigDecimal> book = new HashMap<>();
            for (CountLine line : task.lines()) {
                held.stream().filter(balance -> balance.itemCode.equals(line.itemCode()) && balance.lot.equals(line.lot())
                                && balance.status == line.status() && java.util.Objects.equals(balance.sscc, line.handlingUnit()))
                        .findFirst().ifPresent(balance -> book.put(line.line(), balance.quantity));
            }
            return book;
        });
    }

    /** Books the lines' differences as count adjustments; answers the lines it posted (a line without difference posts nothing). */
    private Uni<Set<Integer>> post(CountTask task, List<CountLine> lines, Actor actor) {
        Booking booking = Booking.of(MovementType.COUNT_ADJUSTMENT, "cycle count", "count " + task.number);
        Instant now = clock.instant();
        lines.stream().filter(line -> line.variance().signum() != 0)
                .forEach(line -> booking.add(place(task, line), line.variance(), line.unit(), line.expiresOn(), now));
        Set<Integer> posted = lines.stream().map(CountLine::line).collect(Collectors.toCollection(TreeSet::new));
        return booking.lines().isEmpty() ? Uni.createFrom().item(posted) : ledger.post(booking, actor).replaceWith(posted);
    }

    private static StockPlace place(CountTask task, CountLine line) {
        return new StockPlace(line.itemCode(), line.lot(), line.status(), task.bin, line.handlingUnit());
    }

    private Uni<CountTask> task(String bin, Actor actor) {
        return stock.inBins(List.of(bin)).flatMap(held -> DocumentNumbers.next("count_number_seq", "CNT-").flatMap(number -> {
            CountTask task = new CountTask();
            task.id = UUID.randomUUID();
            task.number = number;
            task.bin = bin;
            task.status = CountStatus.OPEN;
            task.createdAt = clock.instant();
            task.createdBy = actor.name();
            List<CountLine> lines = new ArrayList<>();
            for (StockBalance balance : held.stream().sorted(java.util.Comparator.comparing((StockBalance b) -> b.itemCode)
                    .thenComparing(b -> b.lot).thenComparing(b -> b.sscc == null ? "" : b.sscc)).toList()) {
                lines.add(new CountLine(lines.size() + 1, balance.itemCode, balance.lot, balance.expiresOn, balance.status, balance.sscc,
                        balance.unit, null, null, false));
            }
            task.document = new CountTask.Lines(lines);
            return task.persist();
        }));
    }

    private Uni<List<String>> known(List<String> bins) {
        Uni<List<String>> checked = Uni.createFrom().item(new ArrayList<>());
        for (int i = 0; i < bins.size(); i++) {
            String code = bins.get(i) == null ? "" : bins.get(i).trim();
            String field = "bins/" + i;
            checked = checked.call(list -> layout.bin(field, code).invoke(bin -> list.add(bin.code)));
        }
        return checked.map(list -> list.stream().distinct().toList());
    }

    private Uni<List<String>> binsOfClass(String abcClass) {
        return stock.movementsPerItemSince(clock.instant().minus(ABC_WINDOW)).flatMap(moves -> {
            Map<String, String> classes = AbcClasses.classify(moves);
            List<String> items = classes.entrySet().stream().filter(e -> e.getValue().equals(abcClass)).map(Map.Entry::getKey).toList();
            return stock.ofItems(items).map(held -> {
                List<String> bins = held.stream().map(balance -> balance.bin).distinct().sorted().toList();
                if (bins.isEmpty()) {
                    throw new RuleViolation("abcClass", "no bin holds items of class " + abcClass + " now");
                }
                return bins;
            });
        });
    }
}
