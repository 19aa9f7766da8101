/**
 * Services prove who they are to each other: every gRPC call a service makes carries its own
 * client-credentials token ({@link io.forgeline.platform.servicecalls.ServiceToken}), and every gRPC
 * service checks the caller's {@code service:<name>} role with {@code @RolesAllowed}. A call without a
 * token is refused UNAUTHENTICATED, a service that has no business calling PERMISSION_DENIED
 * ({@link io.forgeline.platform.servicecalls.CallerRefusals}).
 */
package io.forgeline.platform.servicecalls;
