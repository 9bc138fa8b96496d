package by.vestnik.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import by.vestnik.support.RecordingReporter;
import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
        Thread.sleep(300);
        long start = System.nanoTime();
        session.close();
        // the long-poll ends (answered or cut) at once, not after its 25 s
        try {
            waiting.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException cut) {
            // the connection was closed: fine
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
        try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void aTakenPortIsAnIOExceptionAndLeavesNothingRunning() throws Exception {
        ServeFixture.copySmallSite(site);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            IOException e = assertThrows(IOException.class, () -> PreviewSession.start(
                    ServeFixture.previewConfig(site), new RecordingReporter(), "127.0.0.1", taken.getLocalPort()));
            assertTrue(e instanceof BindException || e.getMessage() != null, String.valueOf(e));
        }
    }
}
