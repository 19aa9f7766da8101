package io.forgeline.scheduling.masterdata.items;

import io.forgeline.ident.InvalidCode;
import io.forgeline.ident.key.Gtin;
import io.forgeline.platform.outbox.Outbox;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.scheduling.masterdata.Codes;
import io.forgeline.scheduling.masterdata.Conflicts;
import io.forgeline.scheduling.masterdata.Item;
import io.forgeline.scheduling.masterdata.MakeOrBuy;
import io.forgeline.scheduling.masterdata.Saved;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Creates and replaces items; every write appends its {@code ItemChanged} in the same transaction. */
@ApplicationScoped
public class ItemService {

    private final Outbox outbox;
    private final Clock clock;

    ItemService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<List<Item>> list(Optional<MakeOrBuy> makeOrBuy, Optional<String> productFamily, Optional<String> supplierCode) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        makeOrBuy.ifPresent(m -> {
            where.add("makeOrBuy = :makeOrBuy");
            parameters.and("makeOrBuy", m);
        });
        productFamily.ifPresent(f -> {
            where.add("productFamily = :family");
            parameters.and("family", f);
        });
        supplierCode.ifPresent(s -> {
            where.add("supplierCode = :supplier");
            parameters.and("supplier", s);
        });
        return Panache.withSession(() -> where.isEmpty()
                ? Item.<Item>listAll(Sort.by("code"))
                : Item.<Item>list(String.join(" and ", where), Sort.by("code"), parameters));
    }

    public Uni<Item> find(String code) {
        return Panache.withSession(() -> Item.<Item>findById(code))
                .onItem().ifNull().failWith(() -> new NotFound("item", code));
    }

    /** Creates the item, or replaces it when {@code version} is the one stored (409 otherwise). */
    public Uni<Saved<Item>> put(String code, PutItem command) {
        Codes.check("code", code);
        if (command.makeOrBuy() == MakeOrBuy.BUY && Codes.orNull(command.supplierCode()) == null) {
            throw new InvalidField("supplierCode", "is required for a bought item: supply orders it from that supplier");
        }
        checkGtin(Codes.orNull(command.gtin()));
        checkPurchaseUnits(command);
        checkSerialised(command);
        return Panache.withTransaction(() -> Item.count("code", code)
                        .flatMap(existing -> existing == 0 ? create(code, command) : replace(code, command))
                        .call(saved -> outbox.append(ItemEvents.TOPIC, code, ItemEvents.CHANGED,
                                ItemEvents.changed(saved.value(), clock.instant()))))
                .onFailure(Conflicts::lostRace).transform(race -> Conflicts.changedMeanwhile("item", code));
    }

    /** Appends the current state of every item (bootstrapping a new consumer); runs in the caller's transaction. */
    public Uni<Integer> appendAll() {
        return Item.<Item>listAll(Sort.by("code")).flatMap(items -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Item item : items) {
                // one statement at a time: a reactive session does not run two at once
                chain = chain.call(() -> outbox.append(ItemEvents.TOPIC, item.code, ItemEvents.CHANGED,
                        ItemEvents.changed(item, clock.instant())));
            }
            return chain.replaceWith(items.size());
        });
    }

    private Uni<Saved<Item>> create(String code, PutItem command) {
        Item item = new Item();
        item.code = code;
        apply(item, command);
        return item.<Item>persistAndFlush().map(created -> new Saved<>(created, true));
    }

    /**
     * One conditional update: it bumps the version even when nothing but the version changed, so each
     * published event carries a version newer than the last and read models never drop it.
     */
    private Uni<Saved<Item>> replace(String code, PutItem command) {
        Item values = new Item();
        apply(values, command);
        return Item.update("description = ?1, unit = ?2, makeOrBuy = ?3, gtin = ?4, productFamily = ?5, supplierCode = ?6,"
                                + " purchaseUnits = ?7, serialised = ?8, version = version + 1 where code = ?9 and version = ?10",
                        values.description, values.unit, values.makeOrBuy, values.gtin, values.productFamily,
                        values.supplierCode, values.purchaseUnits, values.serialised, code, command.version() == null ? -1L : command.version())
                .flatMap(updated -> updated == 1
                        ? Item.<Item>findById(code).map(item -> new Saved<>(item, false))
                        : currentVersion(code).flatMap(current -> Uni.createFrom().<Saved<Item>>failure(
                                Conflicts.stale("item", code, current, command.version()))));
    }

    /** Each purchase unit once, none the base unit itself: a conversion of PCE into PCE, or two of BOX, would mean nothing. */
    private static void checkPurchaseUnits(PutItem command) {
        List<PutItem.PurchaseUnitInput> units = command.purchaseUnits() == null ? List.of() : command.purchaseUnits();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i).unit().trim();
            if (unit.equals(command.unit().trim())) {
                throw new InvalidField("purchaseUnits[" + i + "].unit", unit + " is the item's own unit, not a purchase unit");
            }
            if (!seen.add(unit)) {
                throw new InvalidField("purchaseUnits[" + i + "].unit", unit + " is given twice");
            }
        }
    }

    /**
     * A serial number is an SGTIN: the item's GTIN plus a serial per unit, so a serialised item needs a GTIN, and it is
     * given to units one by one, so the item is counted in pieces ({@link Item#PIECES}).
     */
    private static void checkSerialised(PutItem command) {
        if (!command.isSerialised()) {
            return;
        }
        if (Codes.orNull(command.gtin()) == null) {
            throw new RuleViolation("serialised", "a serialised item needs a GTIN: its serial numbers are SGTINs of it");
        }
        if (!Item.PIECES.contains(command.unit().trim())) {
            throw new RuleViolation("serialised", "a serialised item is counted in pieces (" + String.join(", ", new TreeSet<>(Item.PIECES))
                    + "), not in " + command.unit().trim() + ": each piece gets its own serial number");
        }
    }

    /** A mistyped GTIN would make every later scan of the item fail, so it never enters the master. */
    private static void checkGtin(String gtin) {
        if (gtin != null) {
            try {
                Gtin.parse(gtin);
            } catch (InvalidCode refused) {
                throw new InvalidField("gtin", refused.getMessage());
            }
        }
    }

    private static Uni<Long> currentVersion(String code) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select i.version from Item i where i.code = :code", Long.class)
                .setParameter("code", code).getSingleResult());
    }

    private static void apply(Item item, PutItem command) {
        item.description = command.description().trim();
        item.unit = command.unit().trim();
        item.makeOrBuy = command.makeOrBuy();
        item.gtin = Codes.orNull(command.gtin());
        item.productFamily = Codes.orNull(command.productFamily());
        item.supplierCode = Codes.orNull(command.supplierCode());
        item.serialised = command.isSerialised();
        item.purchaseUnits = new Item.PurchaseUnits(command.purchaseUnits() == null ? List.of() : command.purchaseUnits().stream()
                .map(unit -> new Item.PurchaseUnit(unit.unit().trim(), unit.factor().stripTrailingZeros())).toList());
    }
}
