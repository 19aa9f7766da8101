package io.forgeline.supply.supplier;

import io.forgeline.platform.actor.Actor;
import io.forgeline.platform.idempotency.IdempotentRequests;
import io.forgeline.platform.idempotency.IdempotentRequests.Attempt;
import io.forgeline.platform.items.Items;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.NotFound;
import io.forgeline.platform.problem.RuleViolation;
import io.forgeline.supply.supplier.PartnerClients.IssuedClient;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A buyer's supplier directory: onboarding (with the supplier's sign-in), contacts, and the items each supplies. */
@ApplicationScoped
public class Suppliers {

    private final PartnerClients clients;
    private final Items items;
    private final IdempotentRequests idempotency;

    Suppliers(PartnerClients clients, Items items, IdempotentRequests idempotency) {
        this.clients = clients;
        this.items = items;
        this.idempotency = idempotency;
    }

    /**
     * Onboards a supplier: the row and its contacts, and its confidential Keycloak client, whose secret the answer
     * carries once. Keycloak is asked inside the transaction, so when it refuses nothing of ours is written; a
     * retry adopts a client a failed attempt left behind. A repeat with the same Idempotency-Key answers the
     * supplier without the secret: we never store it, so nobody can be shown it twice.
     */
    public Uni<Onboarded> onboard(NewSupplier command, Optional<String> idempotencyKey, Actor actor) {
        return idempotency.once("supplier-onboarding", actor, idempotencyKey, command.toString(),
                attempt -> onboardNow(command, attempt),
                code -> find(code).map(supplier -> new Onboarded(supplier, null)));
    }

    private Uni<Onboarded> onboardNow(NewSupplier command, Attempt attempt) {
        return Panache.withTransaction(() -> Supplier.<Supplier>findById(command.code())
                .invoke(existing -> {
                    if (existing != null) {
                        throw new IllegalTransition("supplier " + command.code() + " exists already");
                    }
                })
                .flatMap(none -> {
                    Supplier supplier = new Supplier();
                    supplier.code = command.code();
                    supplier.name = command.name();
                    supplier.country = command.country();
                    supplier.approvalRequired = Boolean.TRUE.equals(command.approvalRequired());
                    supplier.clientId = PartnerClients.clientIdOf(command.code());
                    return supplier.<Supplier>persist()
                            .call(() -> replaceContacts(supplier.code, command.contacts()))
                            .call(Panache::flush)
                            .call(() -> attempt.remember(supplier.code))
                            .flatMap(saved -> clients.issue(saved.code, saved.name).map(client -> new Onboarded(saved, client)));
                }));
    }

    public Uni<Supplier> change(String code, ChangeSupplier command) {
        return Panache.withTransaction(() -> existing(code).call(supplier -> {
            supplier.name = command.name();
            supplier.country = command.country();
            if (command.approvalRequired() != null) {
                supplier.approvalRequired = command.approvalRequired();
            }
            return command.contacts() == null ? Uni.createFrom().voidItem() : replaceContacts(code, command.contacts());
        }));
    }

    /** Sets the terms an item is ordered on; the item must be in the item master. */
    public Uni<SuppliedItem> supplies(String code, String itemCode, ItemTerms terms) {
        return items.find(itemCode).flatMap(item -> {
            if (item.isEmpty()) {
                return Uni.createFrom().failure(new RuleViolation("itemCode", "item " + itemCode + " is not in the item master"));
            }
            return Panache.withTransaction(() -> existing(code)
                    .flatMap(supplier -> SuppliedItem.<SuppliedItem>findById(new SuppliedItem.Key(code, itemCode)))
                    .flatMap(found -> {
                        SuppliedItem row = found != null ? found : new SuppliedItem();
                        row.key = new SuppliedItem.Key(code, itemCode);
                        row.supplierItemNumber = terms.supplierItemNumber();
                        row.leadTimeDays = Optional.ofNullable(terms.leadTimeDays()).orElse(0);
                        row.minimumOrderQuantity = Optional.ofNullable(terms.minimumOrderQuantity()).orElse(BigDecimal.ZERO);
                        row.orderMultiple = Optional.ofNullable(terms.orderMultiple()).orElse(BigDecimal.ZERO);
                        row.overDeliveryTolerance = Optional.ofNullable(terms.overDeliveryTolerance()).orElse(SuppliedItem.DEFAULT_TOLERANCE);
                        return row.<SuppliedItem>persist();
                    }));
        });
    }

    public Uni<List<Supplier>> all() {
        return Panache.withSession(() -> Supplier.<Supplier>listAll(Sort.ascending("code")));
    }

    public Uni<Supplier> find(String code) {
        return Panache.withSession(() -> existing(code));
    }

    public Uni<List<SupplierContact>> contacts(String code) {
        return Panache.withSession(() -> SupplierContact.<SupplierContact>list("supplierCode", Sort.ascending("id"), code));
    }

    public Uni<List<SuppliedItem>> itemsOf(String code) {
        return Panache.withSession(() -> SuppliedItem.<SuppliedItem>list("key.supplierCode", Sort.ascending("key.itemCode"), code));
    }

    private static Uni<Supplier> existing(String code) {
        return Supplier.<Supplier>findById(code).onItem().ifNull().failWith(() -> new NotFound("supplier", code));
    }

    private static Uni<Void> replaceContacts(String code, List<NewSupplier.Contact> contacts) {
        Uni<Void> chain = SupplierContact.delete("supplierCode", code).replaceWithVoid();
        for (NewSupplier.Contact given : contacts == null ? List.<NewSupplier.Contact>of() : contacts) {
            SupplierContact contact = new SupplierContact();
            contact.supplierCode = code;
            contact.name = given.name();
            contact.role = given.role();
            contact.email = given.email();
            contact.phone = given.phone();
            chain = chain.call(() -> contact.persist());
        }
        return chain;
    }

    public record Onboarded(Supplier supplier, IssuedClient client) {
    }
}
