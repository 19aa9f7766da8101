package io.forgeline.warehouse.receiving;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The dock's list of what is coming: open ASNs with their handling units, those already in marked. */
@ApplicationScoped
public class DockList {

    public Uni<List<ExpectedView>> open() {
        return Panache.withSession(() -> ExpectedAsn.<ExpectedAsn>list("status = ?1 order by expectedArrival, asnNumber", ExpectedAsnStatus.OPEN)
                .flatMap(asns -> {
                    Uni<List<ExpectedView>> views = Uni.createFrom().item(new java.util.ArrayList<>());
                    for (ExpectedAsn asn : asns) {
                        views = views.call(list -> viewInSession(asn).invoke(list::add));
                    }
                    return views;
                }));
    }

    public Uni<ExpectedView> view(ExpectedAsn asn) {
        return Panache.withSession(() -> viewInSession(asn));
    }

    private static Uni<ExpectedView> viewInSession(ExpectedAsn asn) {
        return ExpectedUnit.<ExpectedUnit>list("key.asnId = ?1 order by key.sscc", asn.asnId)
                .flatMap(units -> Receipt.<Receipt>list("asnId", asn.asnId).map(receipts -> {
                    Set<String> received = new HashSet<>();
                    receipts.forEach(receipt -> received.add(receipt.sscc));
                    return new ExpectedView(asn.asnId, asn.asnNumber, asn.supplierCode, asn.expectedArrival, asn.revision,
                            units.stream().map(unit -> ExpectedView.unit(unit, received.contains(unit.key.sscc()))).toList(), null);
                }));
    }
}
