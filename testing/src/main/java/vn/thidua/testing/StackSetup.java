package vn.thidua.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * Idempotent set-up steps of the {@code ./stack} script:
 * {@code databases --url URL --user U --password P db...} and
 * {@code topics --bootstrap HOST:PORT --partitions N topic...}.
 */
public final class StackSetup {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private StackSetup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: StackSetup databases|topics ...");
        }
        List<String> names = new ArrayList<>();
        String url = null;
        String user = "postgres";
        String password = "";
        String bootstrap = null;
        int partitions = 3;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = i + 1 < args.length ? args[++i] : "";
                case "--bootstrap" -> bootstrap = args[++i];
                case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                default -> names.add(args[i]);
            }
        }
        switch (args[0]) {
            case "databases" -> createDatabases(url, user, password, names);
            case "topics" -> createTopics(bootstrap, partitions, names);
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    static void createDatabases(String url, String user, String password, List<String> names) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (String name : names) {
                if (!DATABASE_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("not a plain database name: " + name);
                }
                try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            System.out.println("database " + name + " exists");
                            continue;
                        }
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.executeUpdate("create database " + name);
                    System.out.println("database " + name + " created");
                }
            }
        }
    }

    static void createTopics(String bootstrap, int partitions, List<String> names) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (String name : names) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
                    System.out.println("topic " + name + " created with " + partitions + " partitions");
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    System.out.println("topic " + name + " exists");
                }
            }
        }
    }
}
