package io.forgeline.execution.oee;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** The OEE tests: the stand-in signal timelines, and the publisher ticking every 2 s rather than every minute. */
public class OeeProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedMachineTimelines.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("forgeline.execution.oee.publish-every", "2s", "forgeline.execution.oee.publish-delay", "1s");
    }
}
