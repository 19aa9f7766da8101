package io.forgeline.platform.servicecalls;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.quarkus.grpc.auth.AuthExceptionHandler;
import io.quarkus.grpc.auth.AuthExceptionHandlerProvider;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How a gRPC service refuses a caller. Quarkus answers PERMISSION_DENIED when no token came at all; a
 * caller that did not say who it is is UNAUTHENTICATED, and only a known caller without the role is
 * PERMISSION_DENIED.
 */
@ApplicationScoped
public class CallerRefusals implements AuthExceptionHandlerProvider {

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public <Q, A> AuthExceptionHandler<Q, A> createHandler(ServerCall.Listener<Q> listener, ServerCall<Q, A> call,
            Metadata metadata) {
        return new AuthExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable failure, ServerCall<Q, A> serverCall, Metadata trailers) {
                if (handlesException(failure)) {
                    serverCall.close(status(failure), trailers);
                } else {
                    super.handleException(failure, serverCall, trailers);
                }
            }
        };
    }

    @Override
    public StatusException transformToStatusException(Throwable failure) {
        return new StatusException(status(failure));
    }

    @Override
    public boolean handlesException(Throwable failure) {
        return isRefusal(failure);
    }

    static boolean isRefusal(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof SecurityException;
    }

    static Status status(Throwable failure) {
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationException) {
            return Status.UNAUTHENTICATED.withDescription("a service token is required: call with your service's client-credentials token");
        }
        return Status.PERMISSION_DENIED.withDescription("this caller may not use this service");
    }
}
