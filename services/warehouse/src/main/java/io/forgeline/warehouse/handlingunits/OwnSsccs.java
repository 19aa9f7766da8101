package io.forgeline.warehouse.handlingunits;

import io.forgeline.ident.key.Sscc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SSCCs for the plant's own handling units: extension digit 0, the plant's GS1 company prefix, a serial reference from
 * a database sequence, so two replicas never label two units alike. A rolled-back packing leaves a gap, never a twin.
 */
@ApplicationScoped
public class OwnSsccs {

    private final String companyPrefix;

    OwnSsccs(@ConfigProperty(name = "forgeline.warehouse.company-prefix") String companyPrefix) {
        this.companyPrefix = companyPrefix;
    }

    /** The next SSCC, inside the caller's session. */
    public Uni<Sscc> next() {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select nextval('own_sscc_serial_seq')", Long.class).getSingleResult())
                .map(serial -> Sscc.of(0, companyPrefix, serial));
    }
}
