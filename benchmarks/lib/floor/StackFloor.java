import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The floor of wamock's stack, for the benchmark (run.sh servers {@code floor-jetty} and {@code floor-javalin}): the
 * least a server on the same libraries does to give the same answer. It answers GET PATH with a saved answer's
 * status-200 body and headers (wamock's first answer of the run, as nginx's limit line does) and 404 to anything else:
 * no checks, no scenario, no journal. {@code jetty}: a Jetty 12 core handler on a plain {@link Server} (what wamock's
 * endpoint runs on); {@code javalin}: one Javalin 7 route, Javalin's defaults (the servlet layer and Javalin's routing
 * on top). Run on the classpath of wamock's server jar, which carries both libraries at wamock's versions.
 *
 * <pre>
 * java -cp wamock-server.jar:floor.jar StackFloor jetty|javalin PORT ANSWER_PREFIX PATH
 * java -cp wamock-server.jar:floor.jar StackFloor train jetty|javalin ANSWER_PREFIX PATH   (the class-data archive's run)
 * </pre>
 */
public final class StackFloor {
    /** Headers the server writes itself (or that belong to one connection), so not copied; as NginxConf. */
    private static final Set<String> OWN = Set.of("date", "server", "content-length", "connection", "keep-alive",
            "transfer-encoding");

    private StackFloor() {
    }

    public static void main(String[] args) throws Exception {
        // as wamock's server: warnings and errors only
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        boolean train = args[0].equals("train");
        String[] a = train ? new String[] {args[1], "0", args[2], args[3]} : args;
        Answer answer = Answer.load(Path.of(a[2]));
        Running server = switch (a[0]) {
            case "jetty" -> jetty(Integer.parseInt(a[1]), a[3], answer);
            case "javalin" -> javalin(Integer.parseInt(a[1]), a[3], answer);
            default -> throw new IllegalArgumentException("usage: StackFloor [train] jetty|javalin PORT ANSWER PATH");
        };
        if (train) { // one answer, then exit: the JVM writes the class-data archive
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> got = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + a[3])).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("training answer: " + got.statusCode());
            server.stop().close();
            System.exit(got.statusCode() == 200 ? 0 : 1);
        }
    }

    /** A started server: its port and how to stop it. */
    private record Running(int port, AutoCloseable stop) {
    }

    private static Running jetty(int port, String path, Answer answer) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ByteBuffer body = ByteBuffer.wrap(answer.body).asReadOnlyBuffer();
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (!path.equals(Request.getPathInContext(request))) {
                    return false; // Jetty's 404
                }
                response.setStatus(200);
                answer.headers.forEach(h -> response.getHeaders().add(h[0], h[1]));
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body.length);
                response.write(true, body.slice(), callback);
                return true;
            }
        });
        server.start();
        return new Running(connector.getLocalPort(), server::stop);
    }

    private static Running javalin(int port, String path, Answer answer) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get(path, ctx -> {
                answer.headers.forEach(h -> ctx.header(h[0], h[1]));
                ctx.result(answer.body);
            });
        }).start("127.0.0.1", port);
        return new Running(app.port(), app::stop);
    }

    /** A saved answer (BenchTool's dump: PREFIX.headers, PREFIX.body). */
    private record Answer(List<String[]> headers, byte[] body) {
        static Answer load(Path prefix) throws Exception {
            List<String[]> headers = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(prefix + ".headers"), StandardCharsets.ISO_8859_1)) {
                int colon = line.indexOf(": ");
                if (colon > 0 && !line.startsWith("status:") && !OWN.contains(line.substring(0, colon))) {
                    headers.add(new String[] {line.substring(0, colon), line.substring(colon + 2)});
                }
            }
            return new Answer(List.copyOf(headers), Files.readAllBytes(Path.of(prefix + ".body")));
        }
    }
}
