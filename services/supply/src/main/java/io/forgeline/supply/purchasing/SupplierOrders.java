package io.forgeline.supply.purchasing;

import io.forgeline.platform.paging.Paged;
import io.forgeline.platform.paging.Where;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What a supplier reads of its purchase orders: the sent ones, never a buyer's draft, never another supplier's. */
@ApplicationScoped
public class SupplierOrders {

    /**
     * A supplier's sent orders. Without {@code changedSince}, newest first; with it, those changed after that instant
     * in the order they changed, so a system that keeps the last {@code changedAt} it read picks up from there.
     */
    public Uni<Paged<PurchaseOrder>> list(String supplierCode, Optional<PurchaseOrderStatus> status, Optional<Instant> changedSince,
            int page, int size) {
        Where where = Where.all().always("sentAt is not null").equal("supplierCode", Optional.of(supplierCode)).equal("status", status)
                .after("changedAt", changedSince);
        Sort sort = changedSince.isPresent() ? Sort.ascending("changedAt", "id") : Sort.descending("createdAt", "number");
        return Panache.withSession(() -> Paged.of(PurchaseOrder.<PurchaseOrder>find(where.query(), sort, where.parameters()), page, size));
    }

    /**
     * What an ORDERS interchange carries: the supplier's open orders (sent, neither received nor cancelled), the last
     * changed first; or with {@code changedSince} every sent order changed after it, cancelled ones too, oldest change
     * first, so a system that keeps the last change it read continues from there. At most {@code limit}.
     */
    public Uni<List<PurchaseOrder>> toSend(String supplierCode, Optional<Instant> changedSince, int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("supplier", supplierCode));
        String query = "supplierCode = :supplier and sentAt is not null and ";
        if (changedSince.isPresent()) {
            query += "changedAt > :since";
            parameters.put("since", changedSince.get());
        } else {
            query += "status not in :finished";
            parameters.put("finished", List.of(PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CANCELLED));
        }
        String where = query;
        Sort sort = changedSince.isPresent() ? Sort.ascending("changedAt", "id") : Sort.descending("changedAt", "id");
        return Panache.withSession(() -> PurchaseOrder.<PurchaseOrder>find(where, sort, parameters)
                .page(0, limit).list());
    }

    /** The supplier's sent orders among {@code ids}, inside the caller's session (others' and unknown ids are simply absent). */
    public Uni<List<PurchaseOrder>> sentAmong(String supplierCode, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return PurchaseOrder.list("supplierCode = ?1 and sentAt is not null and id in ?2", supplierCode, List.copyOf(ids));
    }

    /** Every revision of the supplier's own sent order, oldest first; another supplier's order is not found. */
    public Uni<List<PurchaseOrderRevision>> revisions(String supplierCode, UUID id) {
        return get(supplierCode, id).flatMap(order -> Panache.withSession(() -> PurchaseOrderRevision.<PurchaseOrderRevision>list(
                "key.purchaseOrderId", Sort.ascending("key.revision"), id)));
    }

    public Uni<PurchaseOrder> get(String supplierCode, UUID id) {
        return Panache.withSession(() -> SupplierConfirmations.sentOrder(supplierCode, id, LockModeType.NONE));
    }
}
