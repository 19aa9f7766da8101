package io.forgeline.deploy.project;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own configuration (src/main/resources/application.properties) over the platform's defaults
 * (platform/core's microprofile-config.properties), without the %test profile.
 */
public final class ServiceConfig {

    private static final String PLATFORM = "platform/core/src/main/resources/META-INF/microprofile-config.properties";

    /**
     * A Kafka consumer: an incoming channel of a service, its topic, and its group. A channel declares only its
     * connector and topic; the group comes from the platform's connector defaults (one group per service).
     */
    public record Consumer(String service, String channel, String topic, String group) {
    }

    private ServiceConfig() {
    }

    public static List<String> propertyFiles() {
        List<String> files = new ArrayList<>();
        files.add(PLATFORM);
        files.add("gateway/src/main/resources/application.properties");
        for (Launcher.Workload w : Launcher.services()) {
            files.add(w.module() + "/src/main/resources/application.properties");
        }
        return files;
    }

    public static Properties of(Launcher.Workload workload) {
        return load(workload.module() + "/src/main/resources/application.properties");
    }

    /** The defaults every service inherits from platform/core (a service's own file wins). */
    public static Properties platform() {
        return load(PLATFORM);
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A setting as the service sees it: its own file, else the platform's, with ${...} references resolved. */
    public static Optional<String> setting(Launcher.Workload workload, String key) {
        Properties own = of(workload);
        // the gateway is built without platform/core and inherits none of its defaults
        Properties platform = workload.isGateway() ? new Properties() : platform();
        String value = own.getProperty(key, platform.getProperty(key));
        for (int depth = 0; value != null && value.contains("${") && depth < 10; depth++) {
            Matcher ref = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}").matcher(value);
            StringBuilder resolved = new StringBuilder();
            while (ref.find()) {
                String name = ref.group(1);
                String replacement = own.getProperty(name, platform.getProperty(name, ref.group(2)));
                if (replacement == null) {
                    throw new AssertionError(workload.name() + ": " + key + " refers to " + name + ", which nothing sets");
                }
                ref.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
            }
            ref.appendTail(resolved);
            value = resolved.toString();
        }
        return Optional.ofNullable(value);
    }

    /** The port a service's own configuration sets, e.g. quarkus.http.port or quarkus.management.port. */
    public static int port(Launcher.Workload workload, String key) {
        return Integer.parseInt(setting(workload, key)
                .orElseThrow(() -> new AssertionError(workload.name() + " sets no " + key)));
    }

    /** The consumer group of a service's channels: forgeline.consumer.group, ${quarkus.application.name} by default. */
    public static String consumerGroup(Launcher.Workload workload) {
        return setting(workload, "forgeline.consumer.group")
                .orElseThrow(() -> new AssertionError(workload.name() + ": no forgeline.consumer.group, in its own file or the platform's"));
    }

    /** Where the platform parks what a consumer group cannot apply (platform deadletters.DeadLetterHeaders#topicOf). */
    public static String deadLetterTopic(String group) {
        return "dlq." + group;
    }

    /** One dead-letter topic per consumer group, for every service that consumes anything. */
    public static Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>();
        consumers().forEach(c -> topics.add(deadLetterTopic(c.group())));
        return topics;
    }

    /** The outbox's fallback topic: where a row without a topic goes. */
    public static String unroutedTopic() {
        return Objects.requireNonNull(platform().getProperty("mp.messaging.outgoing.outbox.topic"), "the platform sets no outbox topic");
    }

    public static String databaseName(Launcher.Workload workload) {
        String name = of(workload).getProperty("forgeline.db.name");
        if (name == null) {
            throw new AssertionError(workload.name() + " sets no forgeline.db.name");
        }
        return name;
    }

    /**
     * Every incoming channel of every service. Its group is the service's consumer group: a channel that set
     * a group of its own would consume apart from the group its dead letters, lag-driven scaling and
     * documentation name, so such a channel fails here instead of being believed.
     */
    public static List<Consumer> consumers() {
        Pattern topic = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\.topic$");
        List<Consumer> consumers = new ArrayList<>();
        for (Launcher.Workload w : Launcher.services()) {
            Properties p = of(w);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                Matcher m = topic.matcher(key);
                if (m.matches()) {
                    String channel = m.group(1);
                    String own = "mp.messaging.incoming." + channel + ".group.id";
                    if (p.containsKey(own)) {
                        throw new AssertionError(w.name() + " sets " + own + ": a channel takes the service's group (forgeline.consumer.group)");
                    }
                    consumers.add(new Consumer(w.name(), channel, p.getProperty(key), consumerGroup(w)));
                }
            }
        }
        return consumers;
    }

    /** Channel addresses of api-contracts' AsyncAPI document: the topics the contracts promise. */
    public static List<String> asyncApiTopics() {
        Matcher m = Pattern.compile("^\\s+address:\\s*(\\S+)\\s*$", Pattern.MULTILINE)
                .matcher(Repo.read("api-contracts/src/main/asyncapi/forgeline.asyncapi.yaml"));
        List<String> topics = new ArrayList<>();
        while (m.find()) {
            topics.add(m.group(1));
        }
        return topics;
    }
}
