package org.councilworkspace.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.councilworkspace.consultation.ui.CappedPdfUpload.Outcome;
import org.councilworkspace.consultation.ui.CappedPdfUpload.Received;
import org.junit.jupiter.api.Test;

class CappedPdfUploadTest {

    private static final long CAP = 10L * 1024 * 1024;
    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @Test
    void a_200_mb_upload_that_hides_its_size_is_refused_after_reading_just_past_the_cap() throws IOException {
        GeneratedStream stream = new GeneratedStream(TWO_HUNDRED_MB);
        long heapBefore = usedHeap();

        Received received = CappedPdfUpload.receive("huge.pdf", -1, stream, CAP);

        long heapGrowth = usedHeap() - heapBefore;
        assertThat(received.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(received.content()).isNull();
        assertThat(stream.delivered).as("bytes read from the client").isEqualTo(CAP + 1);
        assertThat(heapGrowth).as("heap kept after the refusal").isLessThan(CAP);
    }

    @Test
    void a_200_mb_upload_that_declares_its_size_is_refused_without_reading_a_byte() throws IOException {
        GeneratedStream stream = new GeneratedStream(TWO_HUNDRED_MB);
        Received received = CappedPdfUpload.receive("huge.pdf", TWO_HUNDRED_MB, stream, CAP);
        assertThat(received.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(stream.delivered).isZero();
    }

    @Test
    void a_200_mb_upload_that_understates_its_size_is_still_stopped_at_the_cap() throws IOException {
        GeneratedStream stream = new GeneratedStream(TWO_HUNDRED_MB);
        Received received = CappedPdfUpload.receive("small.pdf", 1024, stream, CAP);
        assertThat(received.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(stream.delivered).isEqualTo(CAP + 1);
    }

    @Test
    void a_pdf_up_to_the_cap_is_accepted_whole() throws IOException {
        byte[] pdf = pdfOf((int) CAP);
        Received received = CappedPdfUpload.receive("plan.pdf", pdf.length, new ByteArrayInputStream(pdf), CAP);
        assertThat(received.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(received.content()).isEqualTo(pdf);
        assertThat(received.fileName()).isEqualTo("plan.pdf");
    }

    @Test
    void a_file_that_is_not_a_pdf_is_refused_whatever_its_name() throws IOException {
        byte[] text = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        Received received = CappedPdfUpload.receive("comments.pdf", text.length, new ByteArrayInputStream(text), CAP);
        assertThat(received.outcome()).isEqualTo(Outcome.NOT_PDF);
        assertThat(received.content()).isNull();
        assertThat(CappedPdfUpload.receive("empty.pdf", 0, new ByteArrayInputStream(new byte[0]), CAP).outcome())
                .isEqualTo(Outcome.NOT_PDF);
    }

    private static byte[] pdfOf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A PDF-looking stream of the given length, made up as it is read, that counts what it delivered. */
    private static final class GeneratedStream extends InputStream {
        private final long length;
        long delivered;

        GeneratedStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (delivered >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - delivered);
            for (int i = 0; i < n; i++) {
                long position = delivered + i;
                buffer[offset + i] = position < 5 ? (byte) "%PDF-".charAt((int) position) : (byte) 'x';
            }
            delivered += n;
            return n;
        }
    }
}
