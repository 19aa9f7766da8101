package io.forgeline.supply.edi;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.locking.TransactionLocks;
import io.forgeline.platform.problem.DomainProblem;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.Problem.FieldError;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.supply.edi.DespatchAdvices.Notice;
import io.forgeline.supply.edi.EdiOutcome.Action;
import io.forgeline.supply.edi.EdiOutcome.MessageOutcome;
import io.forgeline.supply.edi.Interchange.Message;
import io.forgeline.supply.edi.OrderResponses.Confirmation;
import io.forgeline.supply.purchasing.Plant;
import io.forgeline.supply.purchasing.PurchaseOrder;
import io.forgeline.supply.purchasing.SupplierConfirmations;
import io.forgeline.supply.shipping.Asn;
import io.forgeline.supply.shipping.ShippingNotices;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes a supplier's interchange whole or not at all: every message is mapped and handed to the same services as
 * the JSON partner API, in one transaction, so one refused message leaves nothing of the others behind. A resend of
 * the same interchange (same control reference, same bytes) answers what the first one did and changes nothing.
 */
@ApplicationScoped
public class EdiExchange {

    private final InterchangeReader reader;
    private final SupplierConfirmations confirmations;
    private final ShippingNotices notices;
    private final Plant plant;
    private final Clock clock;

    EdiExchange(InterchangeReader reader, SupplierConfirmations confirmations, ShippingNotices notices, Plant plant, Clock clock) {
        this.reader = reader;
        this.confirmations = confirmations;
        this.notices = notices;
        this.plant = plant;
        this.clock = clock;
    }

    public Uni<EdiOutcome> receive(String supplierCode, byte[] body, Actor actor) {
        Interchange interchange = reader.read(body, supplierCode);
        String hash = sha256(body);
        // one supplier's interchanges take turns, so a resend waits for the first and then finds it
        return Panache.withTransaction(() -> TransactionLocks.lock("edi-of:" + supplierCode)
                .flatMap(locked -> EdiInterchange.<EdiInterchange>findById(EdiInterchange.key(supplierCode, interchange.reference())))
                .flatMap(previous -> previous != null ? Uni.createFrom().item(resent(previous, hash, interchange))
                        : apply(supplierCode, interchange, actor).flatMap(outcomes -> {
                            // PostgreSQL keeps microseconds: a resend answers exactly this
                            EdiInterchange received = EdiInterchange.received(supplierCode, interchange.reference(), hash, outcomes,
                                    actor.name(), clock.instant().truncatedTo(ChronoUnit.MICROS));
                            return received.persist().replaceWith(received.outcome());
                        })));
    }

    private static EdiOutcome resent(EdiInterchange previous, String hash, Interchange interchange) {
        if (!previous.contentHash().equals(hash)) {
            throw FieldErrors.conflicting(List.of(new FieldError("UNB / element 5", "interchange reference " + interchange.reference()
                    + " was used on " + previous.receivedAt() + " for another interchange: give every interchange its own reference")));
        }
        return previous.outcome();
    }

    private Uni<List<MessageOutcome>> apply(String supplierCode, Interchange interchange, Actor actor) {
        return ordersByNumber(supplierCode, interchange).flatMap(orders -> {
            Function<String, Optional<PurchaseOrder>> lookup = number -> Optional.ofNullable(orders.get(number));
            List<MessageOutcome> outcomes = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Message m : interchange.messages()) {
                chain = chain.call(() -> apply(supplierCode, m, lookup, actor).invoke(outcomes::add));
            }
            return chain.map(done -> outcomes);
        });
    }

    private Uni<MessageOutcome> apply(String supplierCode, Message m, Function<String, Optional<PurchaseOrder>> orders, Actor actor) {
        if (EdiSchemas.ORDRSP.equals(m.type())) {
            Confirmation confirmation = OrderResponses.read(m, orders);
            return Uni.createFrom().deferred(() -> confirmations.confirm(supplierCode, confirmation.order().id(), confirmation.command(),
                            Optional.empty(), actor))
                    .onFailure(DomainProblem.class).transform(f -> named((DomainProblem) f, confirmation.provenance(), m))
                    .map(order -> MessageOutcome.confirmed(m, order));
        }
        Notice notice = DespatchAdvices.read(m, orders, plant.zone());
        return Uni.createFrom().deferred(() -> switch (notice.action()) {
                    case ANNOUNCE -> notices.submit(supplierCode, notice.document(), Optional.empty(), actor)
                            .map(asn -> MessageOutcome.asn(m, Action.ASN_ACCEPTED, asn));
                    case REPLACE -> sent(supplierCode, notice, m).flatMap(asn -> notices.replace(supplierCode, asn.id(), notice.document(), actor))
                            .map(asn -> MessageOutcome.asn(m, Action.ASN_REPLACED, asn));
                    case CANCEL -> sent(supplierCode, notice, m).flatMap(asn -> notices.cancel(supplierCode, asn.id()))
                            .map(asn -> MessageOutcome.asn(m, Action.ASN_CANCELLED, asn));
                })
                .onFailure(DomainProblem.class).transform(f -> named((DomainProblem) f, notice.provenance(), m));
    }

    /** The ASN a replacement or cancellation names by its number (BGM 1004). */
    private Uni<Asn> sent(String supplierCode, Notice notice, Message m) {
        String number = notice.document().asnNumber();
        return notices.numbered(supplierCode, number).onItem().ifNull()
                .failWith(() -> EdiValues.refused(m.first("BGM").at(2, 0), "you sent no ASN " + number + " to replace or cancel"));
    }

    /** The caller's sent orders the interchange names (RFF+ON): another supplier's number reads like an unknown one. */
    private static Uni<Map<String, PurchaseOrder>> ordersByNumber(String supplierCode, Interchange interchange) {
        List<String> numbers = interchange.messages().stream().flatMap(m -> m.segments().stream())
                .filter(s -> s.is("RFF", "ON")).map(s -> s.value(1, 2)).distinct().toList();
        if (numbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return PurchaseOrder.<PurchaseOrder>list("supplierCode = ?1 and sentAt is not null and number in ?2", supplierCode, numbers)
                .map(found -> found.stream().collect(Collectors.toMap(PurchaseOrder::number, o -> o)));
    }

    /**
     * A service's refusal, with each JSON field it names replaced by the EDI position the value came from; the status
     * (400, 409, 422) stays the service's.
     */
    static FieldErrors named(DomainProblem problem, Map<String, String> provenance, Message m) {
        Function<String, String> position = field -> field == null ? m.position()
                : provenance.getOrDefault(field, m.position() + " (" + field + ")");
        return switch (problem) {
            case FieldErrors errors -> {
                List<FieldError> renamed = errors.errors().stream().map(e -> new FieldError(position.apply(e.field()), e.message())).toList();
                yield errors.status() == 400 ? FieldErrors.invalid(renamed)
                        : errors.status() == 409 ? FieldErrors.conflicting(renamed) : FieldErrors.refused(renamed);
            }
            case InvalidField invalid -> FieldErrors.invalid(List.of(new FieldError(position.apply(invalid.field()), invalid.reason())));
            case RuleViolation rule -> FieldErrors.refused(List.of(new FieldError(position.apply(rule.field()), rule.getMessage())));
            case IllegalTransition conflict -> FieldErrors.conflicting(List.of(new FieldError(m.position(), conflict.getMessage())));
            case NotFound missing -> FieldErrors.refused(List.of(new FieldError(m.position(), missing.getMessage())));
        };
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
