package io.forgeline.deploy.project;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service's own configuration (src/main/resources/application.properties), without the %test profile. */
public final class ServiceConfig {

    /** A Kafka consumer: channel topic, group and where poison messages go. */
    public record Consumer(String service, String topic, String group, Optional<String> deadLetterTopic) {
    }

    private ServiceConfig() {
    }

    public static List<String> propertyFiles() {
        List<String> files = new ArrayList<>();
        files.add("platform/core/src/main/resources/META-INF/microprofile-config.properties");
        files.add("gateway/src/main/resources/application.properties");
        for (Launcher.Workload w : Launcher.services()) {
            files.add(w.module() + "/src/main/resources/application.properties");
        }
        return files;
    }

    public static Properties of(Launcher.Workload workload) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(workload.module() + "/src/main/resources/application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static String databaseName(Launcher.Workload workload) {
        String name = of(workload).getProperty("forgeline.db.name");
        if (name == null) {
            throw new AssertionError(workload.name() + " sets no forgeline.db.name");
        }
        return name;
    }

    public static List<Consumer> consumers() {
        Pattern topic = Pattern.compile("^mp\\.messaging\\.incoming\\.([^.]+)\\.topic$");
        List<Consumer> consumers = new ArrayList<>();
        for (Launcher.Workload w : Launcher.services()) {
            Properties p = of(w);
            for (String key : p.stringPropertyNames()) {
                Matcher m = topic.matcher(key);
                if (m.matches()) {
                    String channel = "mp.messaging.incoming." + m.group(1);
                    consumers.add(new Consumer(w.name(), p.getProperty(key),
                            p.getProperty(channel + ".group.id", w.name()),
                            Optional.ofNullable(p.getProperty(channel + ".dead-letter-queue.topic"))));
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
