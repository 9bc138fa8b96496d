package by.vestnik.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import by.vestnik.support.RecordingReporter;
import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting on a taken port, and what closing a session ends. */
class PreviewSessionLifecycleTest {
    @TempDir
    Path site;

    @Test
    void closingEndsWaitingPagesAndFreesThePort() throws Exception {
        ServeFixture.copySmallSite(site);
        PreviewSession session = PreviewSession.start(ServeFixture.previewConfig(site), new RecordingReporter(), "127.0.0.1", 0);
        int port = session.port();
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(session.url())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        CompletableFuture<HttpResponse<String>> waiting = http.sendAsync(
                HttpRequest.newBuilder(URI.create(session.url() + "__vestnik/build?since=999")).build(),
                HttpResponse.BodyHandlers.ofString());
        // the long-poll is held by the server (not still on its way) when the session closes
        ServeFixture.await("the long-poll waiting", () -> session.pagesWaitingForABuild() == 1);
        session.close();
        // the long-poll ends (answered or cut) at once, not after its 25 s: get() throws TimeoutException otherwise
        try {
            waiting.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException cut) {
            // the connection was closed: fine
        }
        ServeFixture.await("no request waiting after close", () -> session.pagesWaitingForABuild() == 0);
        try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void aTakenPortIsABindExceptionAndLeavesNothingRunning() throws Exception {
        ServeFixture.copySmallSite(site);
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            IOException e = assertThrows(IOException.class, () -> PreviewSession.start(
                    ServeFixture.previewConfig(site), new RecordingReporter(), "127.0.0.1", taken.getLocalPort()));
            assertInstanceOf(BindException.class, e, "the port is taken: " + e);
        }
        // no watcher, server dispatcher or worker of the failed session outlives it
        List<String> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName)
                .filter(name -> name.startsWith("vestnik-") || name.startsWith("HTTP-Dispatcher"))
                .toList();
        assertEquals(List.of(), started);
    }
}
