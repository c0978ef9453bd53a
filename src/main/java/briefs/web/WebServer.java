package briefs.web;

import briefs.produce.Folders;
import briefs.produce.ServedOutputs;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code briefs serve}: the JDK's own HTTP server ({@code com.sun.net.httpserver}), one virtual
 * thread per request. No server library to keep up to date, and a virtual thread waiting on a
 * brief being made costs next to nothing, so twenty readers asking for the same brief hold no
 * pool. The routes are in {@link Routes}; this class binds, guards and stops.
 */
public final class WebServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final Routes routes;
    private final ServedOutputs outputs;
    private final Access access;
    private final PrintStream log;

    private WebServer(HttpServer server, ExecutorService threads, ServedOutputs outputs, Access access,
                      PrintStream log) {
        this.server = server;
        this.outputs = outputs;
        this.threads = threads;
        this.routes = new Routes(outputs, log);
        this.access = access;
        this.log = log;
    }

    /**
     * Opens the data, binds the address and starts serving.
     *
     * @param port  0 for any free port
     * @param token required when {@code host} is not a loopback address; null otherwise
     * @throws IllegalArgumentException when a token is needed and missing, or malformed
     * @throws IOException              when the address cannot be bound (in use, not of this machine)
     */
    public static WebServer start(Folders folders, Clock clock, String host, int port, String token, PrintStream log)
            throws IOException {
        InetAddress address = InetAddress.getByName(host);
        Access access = Access.forHost(address, token);
        ServedOutputs outputs = new ServedOutputs(folders, clock);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        WebServer web = new WebServer(server, threads, outputs, access, log);
        server.createContext("/", web::handle);
        server.setExecutor(threads);
        server.start();
        return web;
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The files it hands out (the tests count how often one is made). */
    ServedOutputs outputs() {
        return outputs;
    }

    public boolean needsToken() {
        return access.needsToken();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!access.allows(exchange)) {
                routes.problem(exchange, 401, "Token needed",
                        "This page is served to other machines, so it asks for the token its operator gave you: "
                                + "open the address with ?token=… once.");
                return;
            }
            String fromQuery = Access.fromQuery(exchange);
            if (fromQuery != null) {
                // Keep the token as a cookie and take it out of the address bar and the history.
                exchange.getResponseHeaders().add("Set-Cookie",
                        Access.COOKIE + "=" + fromQuery + "; Path=/; HttpOnly; SameSite=Strict");
                Reply.redirect(exchange, exchange.getRequestURI().getRawPath());
                return;
            }
            routes.handle(exchange);
        } catch (IOException e) {
            // The reader went away mid-download: nothing to answer.
            log.println("briefs serve: " + exchange.getRequestURI().getRawPath() + ": " + e.getMessage());
        }
    }

    /** Stops taking requests, lets those under way finish (up to two seconds) and waits for a bulk run. */
    @Override
    public void close() {
        server.stop(2);
        threads.shutdown();
        outputs.close();
        try {
            routes.awaitBulk();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
