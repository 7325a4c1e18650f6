package org.councilworkspace.consultation.ui;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import org.councilworkspace.base.CappedRead;

/**
 * Receives one attachment into memory, but never more than the cap: a file that says it is larger is refused
 * unread, and the stream is read only up to one byte past the cap, so a client that lies about the size (or sends
 * none) cannot make the server hold more. A file that does not start like a PDF is refused too (the service
 * checks it fully on submission). The browser's own checks come first; this is for clients that skip them.
 * The servlet container's multipart limits (application.properties) stop an oversized request even earlier, and
 * it writes parts to a temporary file, not to memory, while it reads them.
 */
final class CappedPdfUpload implements UploadHandler {

    enum Outcome { ACCEPTED, TOO_LARGE, NOT_PDF }

    /** What came of one upload; the content only when accepted. */
    record Received(Outcome outcome, String fileName, byte[] content) {
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final long maxBytes;
    private final Consumer<Received> onReceived;
    private final ThreadLocal<Outcome> outcome = new ThreadLocal<>();

    /** {@code onReceived} runs on the upload's request thread, without the session lock: use UI.access. */
    CappedPdfUpload(long maxBytes, Consumer<Received> onReceived) {
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try (InputStream in = event.getInputStream()) {
            Received received = receive(event.getFileName(), event.getFileSize(), in, maxBytes);
            outcome.set(received.outcome());
            onReceived.accept(received);
        }
    }

    /** A refused file answers 413 or 415, so the upload field marks it as failed. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        Outcome result = outcome.get();
        outcome.remove();
        if (success && result == Outcome.TOO_LARGE) {
            response.setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
        } else if (success && result == Outcome.NOT_PDF) {
            response.setStatus(HttpStatusCode.UNSUPPORTED_MEDIA_TYPE.getCode());
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    /** Reads at most {@code maxBytes + 1} bytes of the stream, whatever its declared size. */
    static Received receive(String fileName, long declaredSize, InputStream in, long maxBytes) throws IOException {
        byte[] bytes = CappedRead.upTo(in, declaredSize, maxBytes);
        if (bytes == null) {
            return new Received(Outcome.TOO_LARGE, fileName, null);
        }
        if (bytes.length < PDF_MAGIC.length || !Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return new Received(Outcome.NOT_PDF, fileName, null);
        }
        return new Received(Outcome.ACCEPTED, fileName, bytes);
    }
}
