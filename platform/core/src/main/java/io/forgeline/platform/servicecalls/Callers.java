package io.forgeline.platform.servicecalls;

/**
 * The roles a service's own token carries (realm roles of the svc-* service accounts), for
 * {@code @RolesAllowed} on gRPC services: {@code @RolesAllowed(Callers.SCHEDULING)} reads "scheduling may call this".
 */
public final class Callers {

    public static final String SCHEDULING = "service:scheduling";
    public static final String EXECUTION = "service:execution";
    public static final String QUALITY = "service:quality";
    public static final String WAREHOUSE = "service:warehouse";
    public static final String SUPPLY = "service:supply";
    public static final String GATEWAY = "service:gateway";

    private Callers() {
    }
}
