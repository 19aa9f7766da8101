package io.forgeline.execution.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Answers an event query from the genealogy's tables. Each kind of event reads its own page in the common order (event
 * time, kind, key); the pages are merged and cut to one page, whose last event is where the next page starts. The class
 * filters narrow the reads to the lots they name, whichever form of class URI names them.
 */
@ApplicationScoped
class VisibilityEvents {

    private final Naming naming;
    private final ReceivingEvents receiving;
    private final TransformationEvents transformations;
    private final PackingEvents packing;
    private final ShippingEvents shipping;

    VisibilityEvents(Naming naming, ReceivingEvents receiving, TransformationEvents transformations, PackingEvents packing,
                     ShippingEvents shipping) {
        this.naming = naming;
        this.receiving = receiving;
        this.transformations = transformations;
        this.packing = packing;
        this.shipping = shipping;
    }

    Uni<Page> page(EventQuery query) {
        return Panache.withSession(() -> naming.lotFilter(query).flatMap(lots -> lots.excludesAll()
                ? Uni.createFrom().item(new Page(List.of(), Optional.empty()))
                : Panache.getSession().flatMap(session -> read(session, query, lots))));
    }

    private Uni<Page> read(Mutiny.Session session, EventQuery query, LotFilter lots) {
        List<EpcisEvent> all = new ArrayList<>();
        return receiving.page(session, query, lots, naming).invoke(all::addAll)
                .chain(() -> transformations.page(session, query, lots, naming)).invoke(all::addAll)
                .chain(() -> packing.page(session, query, lots, naming)).invoke(all::addAll)
                .chain(() -> shipping.page(session, query, lots, naming)).invoke(all::addAll)
                .map(read -> cut(query, lots, all));
    }

    /**
     * The first page of the merged reads; another follows when any read had more than a page. The reads found every event
     * of the filters' lots; only those whose lists name a lot where the filter looks pass (a page may hold fewer events).
     */
    private static Page cut(EventQuery query, LotFilter lots, List<EpcisEvent> all) {
        all.sort((a, b) -> a.position().compareTo(b.position()));
        List<EpcisEvent> page = all.subList(0, Math.min(query.perPage(), all.size()));
        Optional<Cursor> next = all.size() > query.perPage() ? Optional.of(page.get(page.size() - 1).position()) : Optional.empty();
        return new Page(page.stream().filter(lots::passes).map(EpcisEvent::json).toList(), next);
    }

    /** One page of events, and where the next starts when there is one. */
    record Page(List<ObjectNode> events, Optional<Cursor> next) {
    }
}
