package org.councilworkspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The two-node compose file and its nginx configuration name the same nodes: no machine this is built on runs
 * containers, so a node renamed or readdressed in one file and not the other would only show when someone starts
 * the cluster. This reads both files as nginx and Compose would and checks that they agree.
 */
class ClusterFilesTest {

    private static final Path COMPOSE = Path.of("docker/compose.cluster.yaml");
    private static final Path NGINX = Path.of("docker/nginx-sticky.conf");
    private static final int APP_PORT = 8080;

    private static Map<String, Object> services;
    private static String nginx;
    /** Node service name (app1, app2) to its fixed address on the compose network. */
    private static final Map<String, String> nodeAddress = new HashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        services = (Map<String, Object>) compose.get("services");
        nginx = Files.readString(NGINX);
        for (String name : List.of("app1", "app2")) {
            Map<String, Object> networks = (Map<String, Object>) node(name).get("networks");
            nodeAddress.put(name, (String) ((Map<String, Object>) networks.get("council")).get("ipv4_address"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(String name) {
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertThat(service).as("service %s in %s", name, COMPOSE).isNotNull();
        return service;
    }

    @SuppressWarnings("unchecked")
    @Test
    void both_nodes_are_the_same_app_on_postgresql_behind_the_proxy() {
        for (String name : List.of("app1", "app2")) {
            Map<String, Object> node = node(name);
            assertThat((Map<String, Object>) node.get("build")).containsEntry("dockerfile", "docker/Dockerfile");
            Map<String, Object> env = (Map<String, Object>) node.get("environment");
            assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                    .containsEntry("COUNCIL_DB_HOST", "db")
                    // Behind nginx: the sign-in throttle and the links need the browser's address, scheme and port.
                    .containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native");
            assertThat(node).containsKey("healthcheck");
        }
        // The first node creates the schema and the first administrator; the second starts on them.
        assertThat((Map<String, Object>) node("app2").get("depends_on")).containsKey("app1");
        assertThat(nodeAddress.values()).doesNotHaveDuplicates().allMatch(a -> a.startsWith("172.28.0."));
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_proxy_mounts_this_configuration_and_is_the_only_published_port() {
        Map<String, Object> lb = node("lb");
        assertThat((List<String>) lb.get("volumes")).anyMatch(v -> v.startsWith("./nginx-sticky.conf:"));
        assertThat((List<String>) lb.get("ports")).containsExactly("8080:80");
        assertThat(node("app1")).doesNotContainKey("ports");
        assertThat(node("app2")).doesNotContainKey("ports");
        assertThat(nginx).contains("listen 80;");
    }

    @Test
    void every_upstream_server_is_a_node_on_the_app_port() {
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+([0-9.]+):(\\d+)").matcher(nginx);
        Set<String> seen = new LinkedHashSet<>();
        while (server.find()) {
            assertThat(nodeAddress.values()).as("upstream address").contains(server.group(1));
            assertThat(Integer.parseInt(server.group(2))).isEqualTo(APP_PORT);
            seen.add(server.group(1));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(nodeAddress.values());
    }

    @Test
    void the_cookie_a_node_sets_leads_back_to_that_node() {
        for (Map.Entry<String, String> node : nodeAddress.entrySet()) {
            String name = node.getKey();
            // The response from this address sets cw_node=<name> ...
            String escaped = node.getValue().replace(".", "\\\\.") + ":" + APP_PORT;
            Matcher cookie = Pattern.compile("\"[^\"]*" + escaped + "\\$\"\\s+\"cw_node=(\\w+);").matcher(nginx);
            assertThat(cookie.find()).as("a cookie for %s", node.getValue()).isTrue();
            assertThat(cookie.group(1)).isEqualTo(name);
            // ... which routes to a group whose first (primary) server is this address, with the other as backup.
            Matcher route = Pattern.compile("(?m)^\\s*" + name + "\\s+(\\w+);").matcher(nginx);
            assertThat(route.find()).as("a route for cookie value %s", name).isTrue();
            Matcher group = Pattern.compile("upstream\\s+" + route.group(1) + "\\s*\\{([^}]*)}").matcher(nginx);
            assertThat(group.find()).as("upstream %s", route.group(1)).isTrue();
            List<String> lines = group.group(1).lines().map(String::trim).filter(l -> l.startsWith("server")).toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("server " + node.getValue() + ":" + APP_PORT).doesNotContain("backup");
            String other = nodeAddress.entrySet().stream().filter(n -> !n.getKey().equals(name))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            assertThat(lines.get(1)).isEqualTo("server " + other + ":" + APP_PORT + " backup;");
        }
    }

    @Test
    void the_portal_is_cached_in_front_and_never_given_the_node_cookie() {
        int start = nginx.indexOf("location /public/ {");
        assertThat(start).as("a location for the portal in %s", NGINX).isPositive();
        String portal = nginx.substring(start, nginx.indexOf("\n    }", start));
        assertThat(portal).contains("proxy_pass http://council_nodes;", "proxy_cache portal;",
                        "proxy_cache_methods GET HEAD;", "proxy_cache_revalidate on;",
                        "proxy_set_header X-Forwarded-For $remote_addr;")
                .as("a portal response must stay cookie-free to be cacheable").doesNotContain("Set-Cookie");
        assertThat(nginx).containsPattern("proxy_cache_path \\S+ .*keys_zone=portal:");
    }
}
