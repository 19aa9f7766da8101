package io.forgeline.execution.epcis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forgeline.ident.key.Gtin;
import io.forgeline.platform.items.Item;
import io.forgeline.platform.items.Items;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every event says alike: where the plant is (its location URI: set it to the plant's SGLN where it has a GLN), the
 * plant's time zone for {@code eventTimeZoneOffset}, and each lot's class, which depends on the item's GTIN in the item
 * master copy. Also turns class filters back into the lots they name.
 */
@ApplicationScoped
class Naming {

    private final Items items;
    private final ZoneId plantZone;
    private final String plantLocation;

    Naming(Items items, @ConfigProperty(name = "forgeline.execution.plant-zone", defaultValue = "Europe/Berlin") ZoneId plantZone,
           @ConfigProperty(name = "forgeline.execution.epcis.plant-location", defaultValue = "urn:forgeline:location:plant") String plantLocation) {
        this.items = items;
        this.plantZone = plantZone;
        this.plantLocation = plantLocation;
    }

    String plantLocation() {
        return plantLocation;
    }

    /** The fields every event starts with; the event ID is derived from {@code kind} and {@code key}, the row's own. */
    ObjectNode event(String type, Instant time, String kind, String key) {
        ZoneOffset offset = plantZone.getRules().getOffset(time);
        return JsonNodeFactory.instance.objectNode().put("type", type).put("eventTime", time.toString())
                .put("eventTimeZoneOffset", offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId())
                .put("eventID", Identifiers.eventId(kind, key));
    }

    /** The class of each lot of {@code itemCodes}' items, as their GTINs (or the lack of one) make it. In the caller's session. */
    Uni<LotClasses> lotClasses(Collection<String> itemCodes) {
        return items.byCode(itemCodes).map(LotClasses::new);
    }

    /** The lots the query's class filters name; a GTIN stands for every item with that GTIN. In the caller's session. */
    Uni<LotFilter> lotFilter(EventQuery query) {
        return lots(query.anyClasses()).flatMap(any -> lots(query.quantityClasses()).map(counted -> new LotFilter(any, counted)));
    }

    /** Empty for no classes; a class of no lot of this plant's forms names nothing. */
    private Uni<Optional<Set<LotRef>>> lots(List<String> classes) {
        if (classes.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Set<LotRef> lots = new HashSet<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String uri : classes) {
            Optional<Identifiers.LotClass> named = Identifiers.readLotClass(uri);
            if (named.isEmpty()) {
                continue;
            }
            Identifiers.LotClass lotClass = named.get();
            if (lotClass.itemCode() != null) {
                lots.add(new LotRef(lotClass.itemCode(), lotClass.lot()));
            } else {
                Gtin gtin = lotClass.gtin().orElseThrow();
                chain = chain.call(() -> items.withGtin(gtin).invoke(withGtin ->
                        withGtin.forEach(item -> lots.add(new LotRef(item.code, lotClass.lot())))));
            }
        }
        return chain.map(done -> Optional.of(Set.copyOf(lots)));
    }

    /** One event of each row, once the classes of the rows' lots are known; column 0 holds each row's item. */
    Uni<List<EpcisEvent>> eachRow(Uni<List<Object[]>> rows, BiFunction<Object[], LotClasses, EpcisEvent> event) {
        return rows.flatMap(read -> lotClasses(itemsOf(read, 0)).map(classes -> read.stream().map(row -> event.apply(row, classes)).toList()));
    }

    /** A lot's class by item code and lot number, and a serialised unit's EPC by item code and serial, from the items' GTINs. */
    record LotClasses(Map<String, Item> items) {

        String of(String itemCode, String lot) {
            return Identifiers.lotClass(itemCode, gtin(itemCode), lot);
        }

        String unit(String itemCode, String serial) {
            return Identifiers.unit(itemCode, gtin(itemCode), serial);
        }

        private Optional<Gtin> gtin(String itemCode) {
            return Optional.ofNullable(items.get(itemCode)).flatMap(Item::tradeItemNumber);
        }
    }

    /** The items of rows, for {@link #lotClasses}. */
    static Collection<String> itemsOf(Collection<Object[]> rows, int... columns) {
        Set<String> codes = new HashSet<>();
        for (Object[] row : rows) {
            for (int column : columns) {
                codes.add((String) row[column]);
            }
        }
        return codes;
    }
}
