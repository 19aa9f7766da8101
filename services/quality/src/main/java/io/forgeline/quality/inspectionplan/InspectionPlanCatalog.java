package io.forgeline.quality.inspectionplan;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InspectionPlanCatalog {

    /**
     * The active plan of a type for an item as delivered by a supplier: the supplier's own plan if it has one,
     * else the item's plan for every supplier. In the caller's session.
     */
    public Uni<Optional<InspectionPlan>> planFor(String itemCode, InspectionType type, String supplierCode) {
        return InspectionPlan.<InspectionPlan>list("itemCode = ?1 and inspectionType = ?2 and active", itemCode, type)
                .map(plans -> plans.stream().filter(p -> supplierCode != null && !supplierCode.isBlank() && supplierCode.equals(p.supplierCode))
                        .findFirst().or(() -> plans.stream().filter(p -> p.supplierCode == null).findFirst()));
    }

    /** The active in-process plan of an item at one routing operation, if the operation is flagged for inspection. */
    public Uni<Optional<InspectionPlan>> inProcessAt(String itemCode, int operationSequence) {
        return InspectionPlan.<InspectionPlan>find("itemCode = ?1 and inspectionType = ?2 and operationSequence = ?3 and active", itemCode,
                InspectionType.IN_PROCESS, operationSequence).firstResult().map(Optional::ofNullable);
    }

    public Uni<List<InspectionPlan>> activeFor(String itemCode, Optional<InspectionType> type) {
        return Panache.withSession(() -> type.isPresent()
                ? InspectionPlan.<InspectionPlan>list("itemCode = ?1 and inspectionType = ?2 and active", Sort.by("code"), itemCode, type.get())
                : InspectionPlan.<InspectionPlan>list("itemCode = ?1 and active", Sort.by("code"), itemCode));
    }
}
