package io.forgeline.platform.deadletters;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Finds, for a topic, the {@code @Incoming} method that consumes it: a method taking the
 * {@link ConsumerRecord} and returning a Uni, as every Forgeline consumer does. A replay calls exactly
 * that method, so a replayed record takes the same path as its first delivery.
 */
@ApplicationScoped
class ChannelHandlers {

    private final BeanManager beans;
    private final Config config;
    private volatile Map<String, Function<ConsumerRecord<String, byte[]>, Uni<Void>>> byTopic;

    ChannelHandlers(BeanManager beans, Config config) {
        this.beans = beans;
        this.config = config;
    }

    Optional<Function<ConsumerRecord<String, byte[]>, Uni<Void>>> forTopic(String topic) {
        if (byTopic == null) {
            byTopic = discover();
        }
        return Optional.ofNullable(byTopic.get(topic));
    }

    private Map<String, Function<ConsumerRecord<String, byte[]>, Uni<Void>>> discover() {
        Map<String, Function<ConsumerRecord<String, byte[]>, Uni<Void>>> found = new HashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (!(bean instanceof InjectableBean<?>) || bean.getBeanClass() == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                Incoming incoming = method.getAnnotation(Incoming.class);
                if (incoming != null && method.getParameterCount() == 1 && method.getParameterTypes()[0] == ConsumerRecord.class
                        && Uni.class.isAssignableFrom(method.getReturnType())) {
                    String topic = config.getOptionalValue("mp.messaging.incoming." + incoming.value() + ".topic", String.class)
                            .orElse(incoming.value());
                    found.put(topic, record -> invoke(bean, method, record));
                }
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Uni<Void> invoke(Bean<?> bean, Method method, ConsumerRecord<String, byte[]> record) {
        Object consumer = Arc.container().instance((InjectableBean<?>) bean).get();
        try {
            method.setAccessible(true);
            return (Uni<Void>) method.invoke(consumer, record);
        } catch (InvocationTargetException failed) {
            return Uni.createFrom().failure(failed.getCause());
        } catch (IllegalAccessException impossible) {
            return Uni.createFrom().failure(impossible);
        }
    }
}
