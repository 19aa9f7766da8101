package io.forgeline.scheduling.masterdata.setups;

import io.forgeline.scheduling.masterdata.FamilySetup;
import io.forgeline.scheduling.masterdata.ListFields;
import io.forgeline.scheduling.masterdata.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;

@ApplicationScoped
public class FamilySetupService {

    private static final Sort ORDER = Sort.by("key.fromFamily").and("key.toFamily");

    private final Validator validator;

    FamilySetupService(Validator validator) {
        this.validator = validator;
    }

    public Uni<List<Changeover>> matrix() {
        return Panache.withSession(FamilySetupService::read);
    }

    /** Replaces the whole matrix; a pair not listed needs no changeover time. */
    public Uni<List<Changeover>> replace(List<Changeover> matrix) {
        ListFields.check("setups", matrix, validator);
        ListFields.unique("setups", matrix, c -> c.fromFamily().trim() + " → " + c.toFamily().trim(), "toFamily");
        return Panache.withTransaction(() -> FamilySetup.deleteAll()
                .chain(() -> Rows.insert(matrix.stream().map(c -> {
                    FamilySetup setup = new FamilySetup();
                    setup.key = new FamilySetup.Key(c.fromFamily().trim(), c.toFamily().trim());
                    setup.minutes = c.minutes();
                    return setup;
                }).toList()))
                .chain(FamilySetupService::read));
    }

    private static Uni<List<Changeover>> read() {
        return FamilySetup.<FamilySetup>listAll(ORDER).map(setups -> setups.stream()
                .map(s -> new Changeover(s.key.fromFamily(), s.key.toFamily(), s.minutes)).toList());
    }
}
