package io.forgeline.supply.scorecard;

import io.forgeline.platform.partner.PartnerScope;
import io.forgeline.supply.scorecard.Scorecards.MonthFigures;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Partner API: a supplier reads its own scorecard, month by month. */
@Path("/partner/v1/scorecard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("supplier")
public class PartnerScorecardResource {

    private final Scorecards scorecards;
    private final PartnerScope partner;

    PartnerScorecardResource(Scorecards scorecards, PartnerScope partner) {
        this.scorecards = scorecards;
        this.partner = partner;
    }

    @GET
    public Uni<OwnScorecard> get(@QueryParam("months") String months) {
        return scorecards.of(partner.supplier(), Scorecards.months(months)).map(card -> new OwnScorecard(card.supplierCode(), card.months()));
    }

    public record OwnScorecard(String supplierCode, List<MonthFigures> months) {
    }
}
