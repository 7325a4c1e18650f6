package org.councilworkspace.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A client that skips the browser's size check sends a 200 MB attachment to the portal's comment form: it is refused,
 * and the server (this JVM) keeps less than the cap of it.
 */
class UploadLimitIT extends BrowserTest {

    private static final long CAP = 10L * 1024 * 1024;
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @Test
    void a_200_mb_attachment_sent_past_the_browser_is_refused_and_the_heap_does_not_keep_it() throws Exception {
        page.navigate(url("consult"));
        page.locator("#public-open-rounds a").first().click();
        page.waitForSelector("#submission-form");
        // The portal's form posts to its own page, without a session: no cookie is needed, or sent.
        String target = page.locator("#submission-form").getAttribute("action");
        AtomicLong sent = new AtomicLong();
        String boundary = "----cw-upload-limit";
        InputStream body = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; "
                        + "filename=\"huge.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n")
                        .getBytes(StandardCharsets.US_ASCII)),
                new Generated(TWO_HUNDRED_MB, sent),
                new ByteArrayInputStream(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII)))));
        HttpRequest upload = HttpRequest.newBuilder(URI.create(url(target.replaceFirst("^/", ""))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                // No Content-Length (chunked): the container cannot refuse it from the header, only while reading.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        long heapBefore = usedHeap();

        Integer status;
        try {
            status = HttpClient.newHttpClient().send(upload, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException connectionClosedByTheServer) {
            status = null;
        }

        long heapGrowth = usedHeap() - heapBefore;
        // Refused while the multipart body is parsed (MaxUploadSizeExceededException): an error status, or the
        // connection is closed mid-body.
        assertThat(status == null || status >= 300).as("refused (status %s)", status).isTrue();
        assertThat(sent.get()).as("the server stopped reading long before the end").isLessThan(TWO_HUNDRED_MB);
        assertThat(heapGrowth).as("heap kept by the server after the refusal").isLessThan(CAP);
        assertThat(context.cookies()).as("the portal set no cookie").isEmpty();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Made up as it is read, so the test itself never holds the 200 MB. */
    private static final class Generated extends InputStream {
        private final long length;
        private final AtomicLong delivered;

        Generated(long length, AtomicLong delivered) {
            this.length = length;
            this.delivered = delivered;
        }

        @Override
        public int read() {
            return delivered.get() < length ? (delivered.incrementAndGet() > 0 ? 'x' : 'x') : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            long left = length - delivered.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(count, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            delivered.addAndGet(n);
            return n;
        }
    }
}
