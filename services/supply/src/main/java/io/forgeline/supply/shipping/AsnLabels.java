package io.forgeline.supply.shipping;

import io.forgeline.ident.key.Gtin;
import io.forgeline.ident.key.Sscc;
import io.forgeline.labels.LogisticsLabel;
import io.forgeline.labels.LogisticsLabel.Content;
import io.forgeline.platform.items.Items;
import io.forgeline.supply.purchasing.Plant;
import io.forgeline.supply.supplier.SupplierDirectory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SSCC labels of an ASN's handling units, one each, as the supplier sticks them on before the truck leaves:
 * the receiving dock scans them against the ASN.
 */
@ApplicationScoped
public class AsnLabels {

    private final ShippingNotices notices;
    private final SupplierDirectory suppliers;
    private final Items items;
    private final Plant plant;

    AsnLabels(ShippingNotices notices, SupplierDirectory suppliers, Items items, Plant plant) {
        this.notices = notices;
        this.suppliers = suppliers;
        this.items = items;
        this.plant = plant;
    }

    /** The labels of the supplier's own ASN (another supplier's reads as not found). */
    public Uni<List<LogisticsLabel>> of(String supplierCode, UUID asnId) {
        return notices.get(supplierCode, asnId).flatMap(asn -> Panache.withSession(() -> suppliers.supplier(supplierCode)
                .flatMap(supplier -> items.descriptionsOf(asn.handlingUnits().stream()
                                .flatMap(unit -> unit.lines().stream()).map(HandlingUnit.Line::itemCode).distinct().toList())
                        .map(descriptions -> asn.handlingUnits().stream()
                                .map(unit -> label(asn, unit, supplier.name, descriptions)).toList()))));
    }

    private LogisticsLabel label(Asn asn, HandlingUnit unit, String shipFrom, Map<String, String> descriptions) {
        List<String> references = new ArrayList<>();
        references.add("ASN " + asn.asnNumber());
        unit.lines().stream().map(line -> line.purchaseOrderNumber() + " line " + line.lineNumber()).distinct().forEach(references::add);
        List<Content> contents = unit.lines().stream()
                .map(line -> new Content(line.itemCode(), descriptions.get(line.itemCode()), line.gtin() == null ? null : Gtin.parse(line.gtin()),
                        line.quantity(), line.unit(), line.lot(), line.expiryDate()))
                .toList();
        return new LogisticsLabel(Sscc.parse(unit.sscc()), shipFrom, "Plant " + plant.code(), references, contents);
    }
}
