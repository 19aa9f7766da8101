package io.forgeline.supply.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

/** The SSRF guard as production has it (private targets refused), without a service. */
class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false);

    @Test
    void internal_addresses_are_refused() {
        for (String url : new String[] {"http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/", "http://172.20.0.5/",
                "http://192.168.1.10/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://[fd00::1]/", "http://100.64.0.1/",
                "http://0.0.0.0/"}) {
            assertThrows(RuleViolation.class, () -> production.check("url", url), url);
        }
    }

    @Test
    void a_public_address_passes_and_what_is_no_http_url_is_invalid() {
        assertEquals("https://93.184.216.34/hooks", production.check("url", "https://93.184.216.34/hooks").toString());
        assertThrows(InvalidField.class, () -> production.check("url", "ftp://93.184.216.34/x"));
        assertThrows(InvalidField.class, () -> production.check("url", "not a url"));
        assertThrows(InvalidField.class, () -> production.check("url", "https://user:secret@93.184.216.34/x"));
    }

    @Test
    void the_development_setting_lets_a_receiver_on_this_machine_in() {
        assertEquals("http://127.0.0.1:9999/hooks", new WebhookTargets(true).check("url", "http://127.0.0.1:9999/hooks").toString());
    }
}
