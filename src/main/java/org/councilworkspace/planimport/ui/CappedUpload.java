package org.councilworkspace.planimport.ui;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.councilworkspace.base.CappedRead;

/**
 * Receives one document into memory, never more than the cap: a file that says it is larger is refused unread and the
 * stream is read only to one byte past the cap, so a client that lies about the size cannot make the server hold
 * more. What the file is, the import service decides from its content.
 */
final class CappedUpload implements UploadHandler {

    /** The content is null when the file was over the cap. */
    record Received(String fileName, byte[] content) {
    }

    private final long maxBytes;
    private final Consumer<Received> onReceived;
    private final ThreadLocal<Boolean> tooLarge = new ThreadLocal<>();

    /** {@code onReceived} runs on the upload's request thread, without the session lock: use UI.access. */
    CappedUpload(long maxBytes, Consumer<Received> onReceived) {
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try (InputStream in = event.getInputStream()) {
            Received received = receive(event.getFileName(), event.getFileSize(), in, maxBytes);
            tooLarge.set(received.content() == null);
            onReceived.accept(received);
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        boolean refused = Boolean.TRUE.equals(tooLarge.get());
        tooLarge.remove();
        if (success && refused) {
            response.setStatus(HttpStatusCode.REQUEST_ENTITY_TOO_LARGE.getCode());
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    static Received receive(String fileName, long declaredSize, InputStream in, long maxBytes) throws IOException {
        return new Received(fileName, CappedRead.upTo(in, declaredSize, maxBytes));
    }
}
