package io.forgeline.quality.inspectionplan;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InspectionPlanCatalog {

    public Uni<List<InspectionPlan>> activeFor(String itemCode, Optional<InspectionType> type) {
        return Panache.withSession(() -> type.isPresent()
                ? InspectionPlan.<InspectionPlan>list("itemCode = ?1 and inspectionType = ?2 and active", Sort.by("code"), itemCode, type.get())
                : InspectionPlan.<InspectionPlan>list("itemCode = ?1 and active", Sort.by("code"), itemCode));
    }
}
