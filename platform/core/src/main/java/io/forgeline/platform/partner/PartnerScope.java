package io.forgeline.platform.partner;

import io.forgeline.platform.actor.CurrentActor;
import io.forgeline.platform.problem.NotFound;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/** The supplier a partner request speaks for, and what it may see. */
@ApplicationScoped
public class PartnerScope {

    private final CurrentActor actor;

    PartnerScope(CurrentActor actor) {
        this.actor = actor;
    }

    /** The supplier from the verified token; 403 for a token that carries none (our staff, another service). */
    public String supplier() {
        return actor.get().supplierId().orElseThrow(PartnerScope::noSupplier);
    }

    /**
     * The thing a lookup found, when it belongs to the calling supplier; "not found" otherwise, worded exactly as for
     * a thing that does not exist.
     *
     * @param ownerOf the supplier a found thing belongs to
     */
    public <T> Uni<T> own(Uni<T> lookup, Function<T, String> ownerOf, String what, Object id) {
        String supplier = supplier();
        return lookup.onItem().transform(found -> found != null && supplier.equals(ownerOf.apply(found)) ? found : null)
                .onItem().ifNull().failWith(() -> new NotFound(what, id));
    }

    static ForbiddenException noSupplier() {
        return new ForbiddenException("partner endpoints answer supplier systems and supplier users only: this token carries no "
                + CurrentActor.SUPPLIER_CLAIM + " claim");
    }
}
