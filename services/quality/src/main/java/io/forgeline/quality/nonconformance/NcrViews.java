package io.forgeline.quality.nonconformance;

import static io.forgeline.platform.quantity.Decimals.tidy;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** NCRs as the quality board, the engineer and the supplier read them. Load inside a session. */
public final class NcrViews {

    private NcrViews() {
    }

    /** A line of the board: what, how much, how old, and how much still awaits a disposition. */
    public record Summary(UUID id, String number, NcrSource source, String status, String itemCode, String lot,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, String supplierCode,
                          List<String> defectCodes, String description, Instant openedAt, String openedBy, Instant closedAt,
                          long ageDays) {

        static Summary of(Nonconformance ncr, Clock clock) {
            Instant until = ncr.closedAt != null ? ncr.closedAt : clock.instant();
            return new Summary(ncr.id, ncr.number, ncr.source, ncr.status, ncr.itemCode, ncr.lot, tidy(ncr.quantity), ncr.unit,
                    ncr.supplierCode, ncr.defectCodeList(), ncr.description, ncr.openedAt, ncr.openedBy, ncr.closedAt,
                    Duration.between(ncr.openedAt, until).toDays());
        }
    }

    public record DispositionView(UUID id, NcrAction action, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String reason,
                                  boolean bookedByDecision, Instant decidedAt, String decidedBy) {

        static DispositionView of(NcrDisposition d) {
            return new DispositionView(d.id, d.action, tidy(d.quantity), d.reason, d.bookedByDecision, d.decidedAt, d.decidedBy);
        }
    }

    /** One of D1..D8; {@code content} null while nobody has written it. */
    public record DisciplineView(int discipline, String title, String owner, LocalDate dueOn, String content, boolean done, Instant doneAt,
                                 String doneBy) {
    }

    public record ResponseView(UUID id, String supplierCode, String containment, String rootCause, String correctiveAction, String comment,
                               Instant respondedAt, String respondedBy) {

        static ResponseView of(SupplierResponse r) {
            return new ResponseView(r.id, r.supplierCode, r.containment, r.rootCause, r.correctiveAction, r.comment, r.respondedAt,
                    r.respondedBy);
        }
    }

    public record Step(Instant at, String actor, String step) {
    }

    /** The whole NCR for quality engineers. */
    public record Full(Summary summary, UUID inspectionLotId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal awaitingDisposition,
                       List<DispositionView> dispositions, List<DisciplineView> disciplines, List<ResponseView> responses,
                       List<Step> history) {
    }

    /** What a supplier sees of an NCR of its material: no internal 8D, no history. */
    public record ForSupplier(UUID id, String number, String status, String itemCode, String lot,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String unit, List<String> defectCodes,
                              String description, Instant openedAt, Instant closedAt, List<DispositionView> dispositions,
                              List<ResponseView> responses) {
    }

    static Uni<Full> full(Nonconformance ncr, Clock clock) {
        return NcrDisposition.<NcrDisposition>list("ncrId", Sort.by("decidedAt"), ncr.id).flatMap(dispositions ->
                Discipline.<Discipline>list("ncrId", ncr.id).flatMap(disciplines ->
                        SupplierResponse.<SupplierResponse>list("ncrId", Sort.by("respondedAt"), ncr.id).flatMap(responses ->
                                NcrHistory.<NcrHistory>list("ncrId", Sort.by("seq"), ncr.id).map(history -> {
                                    BigDecimal disposed = dispositions.stream().map(d -> d.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                                    List<DisciplineView> eight = IntStream.rangeClosed(1, 8).mapToObj(n -> disciplines.stream()
                                            .filter(d -> d.discipline == n).findFirst()
                                            .map(d -> new DisciplineView(n, Discipline.TITLES.get(n - 1), d.owner, d.dueOn, d.content, d.done(),
                                                    d.doneAt, d.doneBy))
                                            .orElse(new DisciplineView(n, Discipline.TITLES.get(n - 1), null, null, null, false, null, null)))
                                            .toList();
                                    return new Full(Summary.of(ncr, clock), ncr.inspectionLotId, tidy(ncr.quantity.subtract(disposed)),
                                            dispositions.stream().map(DispositionView::of).toList(), eight,
                                            responses.stream().map(ResponseView::of).toList(),
                                            history.stream().map(h -> new Step(h.at, h.actor, h.step)).toList());
                                }))));
    }

    static Uni<ForSupplier> forSupplier(Nonconformance ncr) {
        return NcrDisposition.<NcrDisposition>list("ncrId", Sort.by("decidedAt"), ncr.id).flatMap(dispositions ->
                SupplierResponse.<SupplierResponse>list("ncrId", Sort.by("respondedAt"), ncr.id).map(responses ->
                        new ForSupplier(ncr.id, ncr.number, ncr.status, ncr.itemCode, ncr.lot, tidy(ncr.quantity), ncr.unit, ncr.defectCodeList(),
                                ncr.description, ncr.openedAt, ncr.closedAt, dispositions.stream().map(DispositionView::of).toList(),
                                responses.stream().map(ResponseView::of).toList())));
    }
}
