package io.forgeline.supply.purchasing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** The plant purchase orders deliver to: its code on every line, and its zone, which turns dock days into instants. */
@ConfigMapping(prefix = "forgeline.supply.plant")
public interface Plant {

    /** Printed on every line as the delivery plant (and as the ship-to party in EDI). */
    @WithDefault("1000")
    String code();

    /** Requested and promised dates are days of this calendar. */
    @WithDefault("Europe/Berlin")
    ZoneId zone();
}
