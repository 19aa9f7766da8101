package io.forgeline.scheduling.masterdata;

import io.forgeline.platform.problem.IllegalTransition;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Turns the database's word for a lost race into a 409 the planner understands. */
public final class Conflicts {

    private static final String UNIQUE_VIOLATION = "23505";

    private Conflicts() {
    }

    /**
     * Two people creating the same code at the same moment: the second insert hits the primary key, and
     * Hibernate's version check catches a replace that raced another. Both are a stale view, not a fault.
     */
    public static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
                return true;
            }
            if (t instanceof ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static IllegalTransition changedMeanwhile(String what, String code) {
        return new IllegalTransition(what + " " + code + " was changed by someone else at the same time: reload it and try again");
    }

    /** A replace must say which version it replaces, so nobody overwrites a change they have not seen. */
    public static IllegalTransition stale(String what, String code, long current, Long sent) {
        return new IllegalTransition(sent == null
                ? what + " " + code + " already exists (version " + current + "): send its version to replace it"
                : what + " " + code + " is at version " + current + ", not " + sent + ": someone changed it meanwhile; reload it and try again");
    }
}
