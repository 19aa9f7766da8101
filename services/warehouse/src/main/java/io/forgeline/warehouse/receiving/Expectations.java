package io.forgeline.warehouse.receiving;

import io.forgeline.contracts.supply.v1.AdvanceShippingNotice;
import io.forgeline.contracts.supply.v1.AsnCancelled;
import io.forgeline.contracts.supply.v1.AsnLine;
import io.forgeline.contracts.supply.v1.AsnReceived;
import io.forgeline.contracts.supply.v1.HandlingUnit;
import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.key.Sscc;
import io.forgeline.platform.inbox.PoisonEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the dock expects, kept from supply's ASN events inside the consumer's transaction: a newer revision
 * replaces the handling units, an older or repeated one changes nothing, a cancelled ASN is no longer expected.
 */
@ApplicationScoped
public class Expectations {

    /** The open ASN announcing this SSCC with the unit, or empty; inside the caller's session. */
    public Uni<Optional<Expected>> of(String sscc) {
        return ExpectedUnit.<ExpectedUnit>list("key.sscc", sscc).flatMap(units -> {
            if (units.isEmpty()) {
                return Uni.createFrom().item(Optional.<Expected>empty());
            }
            List<UUID> asns = units.stream().map(unit -> unit.key.asnId()).toList();
            return ExpectedAsn.<ExpectedAsn>find("asnId in ?1 and status = ?2", asns, ExpectedAsnStatus.OPEN).firstResult()
                    .map(asn -> Optional.ofNullable(asn).map(open -> new Expected(open, units.stream()
                            .filter(unit -> unit.key.asnId().equals(open.asnId)).findFirst().orElseThrow())));
        });
    }

    /** An open ASN with one of its handling units. */
    public record Expected(ExpectedAsn asn, ExpectedUnit unit) {
    }

    Uni<Void> announced(AdvanceShippingNotice notice) {
        UUID id = UUID.fromString(notice.getAsnId());
        return ExpectedAsn.<ExpectedAsn>findById(id).flatMap(known -> {
            if (known != null && (known.revision >= notice.getRevision() || known.status != ExpectedAsnStatus.OPEN)) {
                return Uni.createFrom().voidItem();
            }
            ExpectedAsn asn = known != null ? known : new ExpectedAsn();
            asn.asnId = id;
            asn.asnNumber = notice.getAsnNumber();
            asn.supplierCode = notice.getSupplierCode();
            asn.expectedArrival = notice.getExpectedArrival().isEmpty() ? null : Instant.parse(notice.getExpectedArrival());
            asn.revision = notice.getRevision();
            asn.status = ExpectedAsnStatus.OPEN;
            for (HandlingUnit unit : notice.getHandlingUnitsList()) {
                readable(notice, unit.getSscc());
            }
            Uni<?> stored = known != null ? ExpectedUnit.delete("key.asnId", id) : asn.persist();
            return stored.chain(() -> {
                Uni<Void> units = Uni.createFrom().voidItem();
                for (HandlingUnit unit : notice.getHandlingUnitsList()) {
                    units = units.call(() -> ExpectedUnit.of(id, unit.getSscc(), unit.getLinesList().stream().map(Expectations::line).toList()).persist());
                }
                return units;
            });
        });
    }

    /** Supply checks every SSCC; one that does not read here can never be received: the event is poison. */
    private static void readable(AdvanceShippingNotice notice, String sscc) {
        try {
            Sscc.parse(sscc);
        } catch (InvalidCode wrong) {
            throw new PoisonEvent("ASN " + notice.getAsnNumber() + " announces SSCC '" + sscc + "': " + wrong.getMessage());
        }
    }

    Uni<Void> cancelled(AsnCancelled cancelled) {
        return close(UUID.fromString(cancelled.getAsnId()), ExpectedAsnStatus.CANCELLED);
    }

    Uni<Void> received(AsnReceived received) {
        return close(UUID.fromString(received.getAsnId()), ExpectedAsnStatus.RECEIVED);
    }

    private static Uni<Void> close(UUID asnId, ExpectedAsnStatus status) {
        return ExpectedAsn.<ExpectedAsn>findById(asnId).invoke(asn -> {
            if (asn != null && asn.status == ExpectedAsnStatus.OPEN) {
                asn.status = status;
            }
        }).replaceWithVoid();
    }

    private static ExpectedLine line(AsnLine line) {
        return new ExpectedLine(UUID.fromString(line.getPurchaseOrderId()), line.getPurchaseOrderNumber(), line.getLineNumber(), line.getItemCode(),
                emptyToNull(line.getGtin()), emptyToNull(line.getLot()),
                line.getExpiryDate().isEmpty() ? null : LocalDate.parse(line.getExpiryDate()),
                new BigDecimal(line.getQuantity().getAmount()), line.getQuantity().getUnit());
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
