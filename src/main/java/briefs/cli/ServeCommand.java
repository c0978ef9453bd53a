package briefs.cli;

import briefs.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefs serve}: the desk office's page over the same folders as the other commands.
 * Reads its options, starts the {@link WebServer}, prints the address and serves until Ctrl-C,
 * when it lets requests under way and a bulk run finish.
 */
@Command(name = "serve",
        description = "Serve a web page to find a country, read its figures and download its brief, annex or"
                + " e-mail draft, and to start and watch a bulk run. Stops on Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "BRIEFS_TOKEN";

    @Mixin
    CommonOptions options;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: 127.0.0.1, this machine only). Any other needs a token.")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "Port (default: 8080; 0 for any free port).")
    int port = 8080;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Token the page's users give, 16+ letters or digits (default: $" + TOKEN_VARIABLE
                    + "); required off loopback.")
    String token;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw Options.invalid(spec, "--port", String.valueOf(port), "must be 0 to 65535");
        }
        String chosenToken = token != null ? token : System.getenv(TOKEN_VARIABLE);
        WebServer server;
        try {
            server = WebServer.start(options.folders(), Clock.systemDefaultZone(), host, port, chosenToken, System.err);
        } catch (UnknownHostException e) {
            throw Options.invalid(spec, "--host", host, "is not an address of this machine");
        } catch (BindException e) {
            throw Options.invalid(spec, "--port", String.valueOf(port), "cannot be used on " + host + " ("
                    + e.getMessage() + "); another program may have it: try --port 0");
        } catch (IllegalArgumentException e) {
            throw Options.invalid(spec, "--token", token == null ? "" : "(hidden)", e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "briefs-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("briefs serve: " + server.address() + (server.needsToken() ? "?token=…" : "")
                + " (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return ExitCodes.DONE;
    }
}
