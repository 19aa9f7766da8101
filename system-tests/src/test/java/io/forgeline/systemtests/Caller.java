package io.forgeline.systemtests;

import io.forgeline.testing.Tokens;
import java.util.Optional;

/**
 * Everyone who may knock: the plant's demo users, ACME's system (a confidential client), ACME's person acme
 * (a user with role supplier and the supplier_id user attribute), and someone without a token.
 */
enum Caller {
    PLANNER("planner", "planner"),
    OPERATOR("operator", "operator"),
    INSPECTOR("inspector", "inspector"),
    CLERK("clerk", "warehouse"),
    QUALITY("quality", "quality-engineer"),
    BUYER("buyer", "buyer"),
    ADMIN("admin", "admin"),
    SUPPLIER("supplier-acme", "supplier"),
    SUPPLIER_USER("acme", "supplier"),
    /** an edge gateway's system reporting machine signals (confidential client, realm role edge) */
    EDGE("forgeline-edge", "edge"),
    ANONYMOUS("anonymous", null);

    final String login;
    /** The realm role this caller stands for. */
    final String role;

    Caller(String login, String role) {
        this.login = login;
        this.role = role;
    }

    /** A current access token; none for {@link #ANONYMOUS}. */
    Optional<String> token() {
        return switch (this) {
            case ANONYMOUS -> Optional.empty();
            case SUPPLIER -> Optional.of(Tokens.client("supplier-acme", "acme-secret"));
            case EDGE -> Optional.of(Tokens.client("forgeline-edge", "edge-secret"));
            default -> Optional.of(Tokens.user(login));
        };
    }

    /** Someone whose role the gateway lets write to this API, for tests that need the write to get through. */
    static Caller writerFor(String path) {
        if (path.startsWith("/partner/")) {
            return SUPPLIER;
        }
        if (path.startsWith("/api/execution/machine-signals")) {
            return EDGE;
        }
        if (path.startsWith("/api/execution/")) {
            return OPERATOR;
        }
        if (path.startsWith("/api/supply/")) {
            return BUYER;
        }
        if (path.startsWith("/api/quality/")) {
            return QUALITY;
        }
        return path.contains("/master-data/") ? ADMIN : PLANNER;
    }
}
