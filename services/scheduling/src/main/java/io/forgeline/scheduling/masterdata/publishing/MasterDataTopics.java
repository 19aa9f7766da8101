package io.forgeline.scheduling.masterdata.publishing;

import io.forgeline.scheduling.masterdata.calendars.CalendarEvents;
import io.forgeline.scheduling.masterdata.items.ItemEvents;
import io.forgeline.scheduling.masterdata.plant.WorkCenterEvents;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The master-data topics must be compacted, or Kafka would drop an item nobody changed for a week and a
 * new consumer could never learn it. Where topics are declared (Kubernetes, Helm) they already are; the
 * local broker would auto-create them with deletion, so the service makes sure at start: it creates a
 * missing topic compacted and turns compaction on for one that exists without it. Then, on the very first
 * start, it publishes all master data once (see {@link Republisher}).
 */
@ApplicationScoped
public class MasterDataTopics {

    public static final List<String> TOPICS = List.of(ItemEvents.TOPIC, WorkCenterEvents.TOPIC, CalendarEvents.TOPIC);

    private static final Logger LOG = Logger.getLogger(MasterDataTopics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long RETRY_MILLIS = 30_000;

    private final String bootstrap;
    private final int partitions;

    MasterDataTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
            @ConfigProperty(name = "forgeline.scheduling.master-data.topic-partitions", defaultValue = "1") int partitions) {
        this.bootstrap = bootstrap;
        this.partitions = partitions;
    }

    /** Before the outbox relay's first poll (default priority): the relay would otherwise let the broker auto-create them. */
    void start(@Observes @Priority(1000) StartupEvent started, Vertx vertx, Republisher republisher) {
        if (!tryEnsure()) {
            // the broker is away: the outbox keeps the events meanwhile; try again until it answers
            long[] timer = new long[1];
            timer[0] = vertx.setPeriodic(RETRY_MILLIS, tick -> vertx.executeBlocking(() -> tryEnsure()).onSuccess(done -> {
                if (done) {
                    vertx.cancelTimer(timer[0]);
                }
            }));
        }
        try {
            VertxContextSupport.subscribeAndAwait(republisher::republishIfNeverDone).ifPresent(log ->
                    LOG.infof("first start: published %d items, %d work centers and %d calendars", log.items, log.workCenters, log.calendars));
        } catch (Throwable failure) {
            LOG.errorf(failure, "could not publish the master data at first start; POST /api/scheduling/master-data/republish does it");
        }
    }

    private boolean tryEnsure() {
        try {
            ensure();
            return true;
        } catch (Exception failure) {
            LOG.warnf("could not make sure %s are compacted topics (retrying every %d s): %s", TOPICS, RETRY_MILLIS / 1000,
                    failure.getMessage());
            return false;
        }
    }

    /** Creates the missing topics compacted and switches existing ones to compaction. */
    public void ensure() throws Exception {
        int millis = (int) TIMEOUT.toMillis();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.CLIENT_ID_CONFIG, "scheduling-master-data-topics"))) {
            Set<String> existing = admin.listTopics().names().get(millis, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : TOPICS) {
                if (!existing.contains(topic)) {
                    // replication: the broker's default (3 in the cluster, 1 on a laptop)
                    missing.add(new NewTopic(topic, Optional.of(partitions), Optional.empty())
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(millis, TimeUnit.MILLISECONDS);
                    LOG.infof("created compacted topics %s", missing.stream().map(NewTopic::name).toList());
                } catch (ExecutionException raced) {
                    if (!(raced.getCause() instanceof TopicExistsException)) {
                        throw raced;
                    }
                }
            }
            compact(admin, TOPICS.stream().filter(existing::contains).toList(), millis);
        }
    }

    private static void compact(Admin admin, Collection<String> topics, int millis) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(millis, TimeUnit.MILLISECONDS);
        for (Map.Entry<ConfigResource, Config> entry : configs.entrySet()) {
            ConfigEntry policy = entry.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG);
            if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                LOG.warnf("topic %s had cleanup.policy=%s: switching it to compact", entry.getKey().name(),
                        policy == null ? "?" : policy.value());
                admin.incrementalAlterConfigs(Map.of(entry.getKey(), List.of(new AlterConfigOp(
                                new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                                AlterConfigOp.OpType.SET))))
                        .all().get(millis, TimeUnit.MILLISECONDS);
            }
        }
    }
}
