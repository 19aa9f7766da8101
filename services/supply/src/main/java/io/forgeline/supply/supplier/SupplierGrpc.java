package io.forgeline.supply.supplier;

import io.forgeline.contracts.supply.v1.SupplierRequest;
import io.forgeline.contracts.supply.v1.Suppliers;
import io.grpc.Status;
import io.forgeline.platform.servicecalls.Callers;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

@GrpcService
// only services call this, each with its own token: quality rates suppliers, warehouse receives from them, planning asks for lead times
@RolesAllowed({Callers.QUALITY, Callers.WAREHOUSE, Callers.SCHEDULING})
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
