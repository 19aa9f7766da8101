package io.forgeline.supply.supplier;

import io.forgeline.contracts.supply.v1.SupplierRequest;
import io.forgeline.contracts.supply.v1.Suppliers;
import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@GrpcService
public class SupplierGrpc implements Suppliers {

    @Override
    public Uni<io.forgeline.contracts.supply.v1.Supplier> getSupplier(SupplierRequest request) {
        return Panache.withSession(() -> Supplier.<Supplier>findById(request.getSupplierCode()))
                .onItem().ifNull().failWith(() -> Status.NOT_FOUND
                        .withDescription("supplier " + request.getSupplierCode() + " does not exist").asRuntimeException())
                .map(s -> io.forgeline.contracts.supply.v1.Supplier.newBuilder()
                        .setSupplierCode(s.code).setName(s.name).setCountry(s.country).build());
    }
}
