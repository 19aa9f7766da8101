package io.forgeline.warehouse.receiving;

import io.forgeline.ident.key.Sscc;
import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The dock door's RFID portal: one read of many tags (duplicates included) is set against the ASN, and every
 * announced handling unit it saw is received as announced, each in its own receipt. Reading the same truck again
 * receives nothing twice.
 */
@ApplicationScoped
public class RfidPortal {

    private final Receiving receiving;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    RfidPortal(Receiving receiving, IdempotentRequests idempotency, Clock clock) {
        this.receiving = receiving;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    public Uni<PortalReadView> read(UUID asnId, List<String> reads, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("rfid-reads", actor, idempotencyKey, asnId + " " + reads,
                // one transaction: the units received, the answer and the key commit together or not at all
                attempt -> Panache.withTransaction(() -> announced(asnId).flatMap(found -> {
                    RfidReconciliation seen = RfidReconciliation.of(found.units().stream().map(unit -> Sscc.parse(unit.key.sscc())).toList(), reads);
                    return receiveEach(seen.received(), actor).flatMap(alreadyReceived -> {
                        PortalRead read = new PortalRead();
                        read.id = UUID.randomUUID();
                        read.asnId = asnId;
                        read.readAt = clock.instant();
                        read.readBy = actor.name();
                        read.result = new PortalReadView(read.id, asnId, found.asn().asnNumber,
                                seen.received().stream().map(Sscc::value).filter(sscc -> !alreadyReceived.contains(sscc)).toList(),
                                seen.received().stream().map(Sscc::value).filter(alreadyReceived::contains).toList(), values(seen.missing()),
                                values(seen.unexpected()), seen.unreadable());
                        return read.persist().call(() -> attempt.remember(read.id.toString())).replaceWith(read.result);
                    });
                })),
                id -> Panache.withSession(() -> PortalRead.<PortalRead>findById(UUID.fromString(id))).map(read -> read.result));
    }

    private record Announced(ExpectedAsn asn, List<ExpectedUnit> units) {
    }

    private static Uni<Announced> announced(UUID asnId) {
        return ExpectedAsn.<ExpectedAsn>findById(asnId)
                .onItem().ifNull().failWith(() -> new NotFound("ASN", asnId))
                .invoke(asn -> {
                    if (asn.status == ExpectedAsnStatus.CANCELLED) {
                        throw new RuleViolation("asnId", "ASN " + asn.asnNumber + " was cancelled by the supplier: its goods are not expected");
                    }
                })
                .flatMap(asn -> ExpectedUnit.<ExpectedUnit>list("key.asnId = ?1 order by key.sscc", asnId).map(units -> new Announced(asn, units)));
    }

    /** Receives each unit not received before, one receipt each (in the caller's transaction); answers those that were in already. */
    private Uni<Set<String>> receiveEach(List<Sscc> seen, Actor actor) {
        return Receipt.<Receipt>list("sscc in ?1", seen.stream().map(Sscc::value).toList())
                .map(earlier -> earlier.stream().map(receipt -> receipt.sscc).collect(Collectors.toSet()))
                .call(earlier -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Sscc sscc : seen) {
                        if (!earlier.contains(sscc.value())) {
                            chain = chain.call(() -> receiving.receive(ReceiptRequest.asAnnounced(sscc.value()), Optional.empty(), actor));
                        }
                    }
                    return chain;
                });
    }

    private static List<String> values(List<Sscc> ssccs) {
        return new ArrayList<>(ssccs.stream().map(Sscc::value).toList());
    }
}
