package io.forgeline.warehouse.shipping;

import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.warehouse.handlingunits.HandlingUnits;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The customer's despatch advice of a shipped delivery, as EDIFACT DESADV. */
@ApplicationScoped
class CustomerAdvice {

    private final DespatchAdvice desadv;
    private final Items items;
    private final HandlingUnits units;
    private final String plant;
    private final ZoneId plantZone;

    CustomerAdvice(DespatchAdvice desadv, Items items, HandlingUnits units, @ConfigProperty(name = "forgeline.warehouse.plant", defaultValue = "1000") String plant,
            @ConfigProperty(name = "forgeline.warehouse.plant-zone", defaultValue = "Europe/Berlin") ZoneId plantZone) {
        this.desadv = desadv;
        this.items = items;
        this.units = units;
        this.plant = plant;
        this.plantZone = plantZone;
    }

    /** 409 before the delivery is shipped: a DESADV tells what left, not what may leave. */
    Uni<byte[]> of(UUID id) {
        return Panache.withSession(() -> Delivery.<Delivery>findById(id).onItem().ifNull().failWith(() -> new NotFound("delivery", id))
                .flatMap(delivery -> {
                    if (delivery.status() != DeliveryStatus.SHIPPED) {
                        throw new IllegalTransition(delivery.number + " is not shipped yet: its DESADV comes with the shipment");
                    }
                    return DeliveryPackage.<DeliveryPackage>list("deliveryId = ?1 order by packedAt, sscc", id)
                            .flatMap(packages -> units.palletsOf(packages.stream().map(unit -> unit.sscc).toList())
                                    .flatMap(pallets -> items.byCode(packages.stream().flatMap(p -> p.contents().stream())
                                                    .map(DeliveryPackage.Content::itemCode).distinct().toList())
                                            .map(known -> desadv.write(delivery, packages, pallets, gtins(known), plant, plantZone))));
                }));
    }

    private static Map<String, String> gtins(Map<String, Item> known) {
        return known.values().stream().filter(item -> item.gtin != null).collect(Collectors.toMap(item -> item.code, item -> item.gtin));
    }
}
