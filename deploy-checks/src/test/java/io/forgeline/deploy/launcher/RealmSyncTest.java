package io.forgeline.deploy.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forgeline.deploy.project.DevRealm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the launcher applies to a Keycloak that already runs when the realm file changed. Neither the realm
 * update nor the partial import carries the user profile, so the launcher reads it out of the file with sed
 * and puts it separately; that reading must give exactly what the file declares, or a reformatted file would
 * silently leave supplier_id undeclared on a running Keycloak, whose admin API then neither shows nor accepts it.
 */
class RealmSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void the_user_profile_the_launcher_puts_to_a_running_keycloak_is_the_one_the_realm_file_declares() throws Exception {
        JsonNode declared = JSON.readTree(DevRealm.userProfileConfig());

        LauncherRun.Result result = new LauncherRun(home).source("keycloak_user_profile");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(JSON.readTree(result.stdout())).isEqualTo(declared);
        assertThat(declared.path("attributes").findValuesAsText("name")).contains("supplier_id");
    }
}
