package io.forgeline.scheduling.orders;

import io.forgeline.contracts.common.v1.Quantity;
import io.forgeline.contracts.scheduling.v1.GetProductionOrderRequest;
import io.forgeline.contracts.scheduling.v1.ProductionOrderView;
import io.forgeline.platform.problem.NotFound;
import io.grpc.Status;
import io.forgeline.platform.servicecalls.Callers;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** gRPC face of the orders for other services that need a fresh look at one order. */
@GrpcService
// only services call this, each with its own token: the services that act on production orders read them fresh
@RolesAllowed({Callers.EXECUTION, Callers.WAREHOUSE, Callers.SUPPLY, Callers.QUALITY})
public class ProductionOrderGrpc implements io.forgeline.contracts.scheduling.v1.ProductionOrders {

    @Override
    public Uni<ProductionOrderView> getProductionOrder(GetProductionOrderRequest request) {
        return Panache.withSession(() -> ProductionOrder.<ProductionOrder>find("number", request.getOrderNumber()).firstResult())
                .onItem().ifNull().failWith(() -> Status.NOT_FOUND
                        .withDescription(new NotFound("production order", request.getOrderNumber()).getMessage())
                        .asRuntimeException())
                .map(order -> ProductionOrderView.newBuilder()
                        .setOrderId(order.id().toString())
                        .setOrderNumber(order.number())
                        .setItemCode(order.itemCode())
                        .setQuantity(Quantity.newBuilder().setAmount(order.quantity().stripTrailingZeros().toPlainString())
                                .setUnit(order.unit()))
                        .setDueDate(order.dueDate().toString())
                        .setStatus(order.status().name())
                        .build());
    }
}
