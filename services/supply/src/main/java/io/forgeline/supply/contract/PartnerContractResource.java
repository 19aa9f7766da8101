package io.forgeline.supply.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /partner/v1/openapi.json}: the document a supplier's developers build against, the very one the
 * tests validate every partner answer with (api-contracts' {@code openapi/partner-api.yaml}), read once.
 */
@Path("/partner/v1/openapi.json")
public class PartnerContractResource {

    static final String DOCUMENT = "openapi/partner-api.yaml";

    private final String json;

    PartnerContractResource(ObjectMapper mapper) {
        try (InputStream yaml = PartnerContractResource.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (yaml == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path (api-contracts)");
            }
            JsonNode document = new YAMLMapper().readTree(yaml);
            this.json = mapper.writeValueAsString(document);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("supplier")
    public String document() {
        return json;
    }
}
