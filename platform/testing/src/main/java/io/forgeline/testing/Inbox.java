package io.forgeline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Whether the service under test has handled an event: its {@code ce_id} is in the service's
 * {@code processed_event} table (applied, or skipped as another type). Lets a test assert that an event
 * changed nothing without guessing how long to wait.
 */
public final class Inbox {

    private Inbox() {
    }

    /**
     * Waits until {@code database} (the name given to the test resource; this checkout's copy is read) has
     * recorded event {@code ceId}.
     */
    public static void awaitProcessed(String database, String ceId, Duration limit) {
        Eventually.within(limit, () -> processed(database, ceId), "event " + ceId + " handled by the service using " + database);
    }

    public static boolean processed(String database, String ceId) {
        String url = "jdbc:postgresql://" + LocalStack.dbHost() + ":" + LocalStack.dbPort() + "/" + Checkout.database(database);
        try (Connection connection = DriverManager.getConnection(url, LocalStack.dbUser(), LocalStack.dbPassword());
             var statement = connection.prepareStatement("select 1 from processed_event where ce_id = ?")) {
            statement.setString(1, ceId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the inbox of " + database, e);
        }
    }
}
