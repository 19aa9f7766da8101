package io.forgeline.quality.nonconformance;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.idempotency.HonoursIdempotencyKey;
import io.forgeline.platform.partner.PartnerScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A supplier's NCRs on the partner API: the nonconformances of its own material, newest first, and its answers. Another
 * supplier's NCR reads as not found, worded as for one that does not exist.
 */
@Path("/partner/v1/nonconformances")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("supplier")
public class PartnerNonconformanceResource {

    private final Nonconformances ncrs;
    private final PartnerScope partner;
    private final CurrentActor actor;

    PartnerNonconformanceResource(Nonconformances ncrs, PartnerScope partner, CurrentActor actor) {
        this.ncrs = ncrs;
        this.partner = partner;
        this.actor = actor;
    }

    @GET
    public Uni<List<NcrViews.ForSupplier>> mine() {
        String supplier = partner.supplier();
        return Panache.withSession(() -> Nonconformance.<Nonconformance>list("supplierCode", Sort.descending("openedAt"), supplier)
                .flatMap(list -> {
                    Uni<List<NcrViews.ForSupplier>> views = Uni.createFrom().item(new java.util.ArrayList<NcrViews.ForSupplier>());
                    for (Nonconformance ncr : list.stream().limit(200).toList()) {
                        views = views.flatMap(done -> NcrViews.forSupplier(ncr).map(view -> {
                            done.add(view);
                            return done;
                        }));
                    }
                    return views;
                }));
    }

    @GET
    @Path("{id}")
    public Uni<NcrViews.ForSupplier> one(@PathParam("id") UUID id) {
        return Panache.withSession(() -> own(id).flatMap(NcrViews::forSupplier));
    }

    @POST
    @Path("{id}/responses")
    @HonoursIdempotencyKey
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<NcrViews.ForSupplier>> respond(@PathParam("id") UUID id, NcrRequests.Respond request) {
        String supplier = partner.supplier();
        return Panache.withSession(() -> own(id)).flatMap(ncr -> ncrs.respond(ncr, request, supplier, actor.get()))
                .chain(() -> Panache.withSession(() -> own(id).flatMap(NcrViews::forSupplier)))
                .map(view -> RestResponse.status(RestResponse.Status.CREATED, view));
    }

    private Uni<Nonconformance> own(UUID id) {
        return partner.own(Nonconformance.<Nonconformance>findById(id), ncr -> ncr.supplierCode, "nonconformance", id);
    }
}
