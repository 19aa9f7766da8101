package io.forgeline.platform.servicecalls;

import io.forgeline.platform.problem.DomainProblem;
import io.forgeline.platform.problem.IllegalTransition;
import io.forgeline.platform.problem.FieldErrors;
import io.forgeline.platform.problem.InvalidField;
import io.forgeline.platform.problem.NotFound;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a gRPC caller is told when a service method fails: the refusals of {@link CallerRefusals} (the
 * role check runs when the method is called), the domain's own refusals with the matching code, and
 * everything else as Quarkus would say it. Without this, a refused caller would only see UNKNOWN.
 */
@ApplicationScoped
public class GrpcProblems implements ExceptionHandlerProvider {

    @Override
    public <Q, A> ExceptionHandler<Q, A> createHandler(ServerCall.Listener<Q> listener, ServerCall<Q, A> call, Metadata metadata) {
        return new ExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable failure, ServerCall<Q, A> serverCall, Metadata trailers) {
                Throwable answer = transform(failure);
                Status status = answer instanceof StatusException known ? known.getStatus() : Status.fromThrowable(answer);
                serverCall.close(status, answer instanceof StatusException known && known.getTrailers() != null
                        ? known.getTrailers() : trailers);
            }
        };
    }

    @Override
    public Throwable transform(Throwable failure) {
        if (failure instanceof StatusException || failure instanceof StatusRuntimeException) {
            return failure;
        }
        if (CallerRefusals.isRefusal(failure)) {
            return new StatusException(CallerRefusals.status(failure));
        }
        if (failure instanceof DomainProblem problem) {
            return new StatusException(domainStatus(problem).withDescription(problem.getMessage()));
        }
        return ExceptionHandlerProvider.toStatusException(failure, false);
    }

    private static Status domainStatus(DomainProblem problem) {
        return switch (problem) {
            case NotFound missing -> Status.NOT_FOUND;
            case InvalidField invalid -> Status.INVALID_ARGUMENT;
            case FieldErrors fields when fields.status() == 400 -> Status.INVALID_ARGUMENT;
            case IllegalTransition illegal -> Status.FAILED_PRECONDITION;
            default -> Status.FAILED_PRECONDITION;
        };
    }
}
