package io.forgeline.execution.notifications;

import io.forgeline.platform.problem.Problem.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code {"emails":[…],"webhooks":[{"url","secret"}]}}: a role's whole route (left out: none of that kind). */
public record DefineRoute(List<String> emails, List<Webhook> webhooks) {

    /** Local part, '@', a domain with a dot: what a mail server would take, without the RFC 5322 corner cases. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MOST = 20;
    private static final int LONGEST = 2000;
    /** A shorter secret is guessable; HMAC-SHA256 keys longer than 64 bytes are hashed first anyway. */
    private static final int SHORTEST_SECRET = 16;

    record Checked(List<String> emails, List<Webhook> webhooks) {
    }

    Checked checked(List<FieldError> errors) {
        List<String> addresses = new ArrayList<>();
        List<String> given = emails == null ? List.of() : emails;
        if (given.size() > MOST) {
            errors.add(new FieldError("/emails", "must be at most " + MOST + " addresses"));
        }
        for (int i = 0; i < given.size(); i++) {
            String address = given.get(i) == null ? "" : given.get(i).trim();
            if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                errors.add(new FieldError("/emails/" + i, "must be an e-mail address such as shift.lead@plant.example"));
            }
            addresses.add(address);
        }
        List<Webhook> hooks = new ArrayList<>();
        List<Webhook> wanted = webhooks == null ? List.of() : webhooks;
        if (wanted.size() > MOST) {
            errors.add(new FieldError("/webhooks", "must be at most " + MOST + " webhooks"));
        }
        for (int i = 0; i < wanted.size(); i++) {
            Webhook hook = wanted.get(i);
            String url = hook == null || hook.url() == null ? "" : hook.url().trim();
            String secret = hook == null ? null : hook.secret();
            if (!isHttpUrl(url)) {
                errors.add(new FieldError("/webhooks/" + i + "/url", "must be an http or https URL"));
            }
            if (secret == null || secret.isBlank() || secret.length() < SHORTEST_SECRET || secret.length() > 200) {
                errors.add(new FieldError("/webhooks/" + i + "/secret", "must be " + SHORTEST_SECRET + " to 200 characters: it signs each body"));
            }
            hooks.add(new Webhook(url, secret));
        }
        return new Checked(addresses, hooks);
    }

    private static boolean isHttpUrl(String url) {
        if (url.isEmpty() || url.length() > LONGEST) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
