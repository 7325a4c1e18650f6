package org.councilworkspace.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import org.councilworkspace.base.CappedRead;

/**
 * The upload of one CSV or XLSX file to import, shared by the import screens: the browser is told the cap and refuses
 * a larger file with the screen's message, and the server reads the bytes only up to one past the cap, so a client
 * that skips the browser's check cannot make it hold more. What the file is, the import service decides from its
 * content.
 */
public final class ImportFileUpload {

    /** What the upload brought in: the file's name and its bytes, or null bytes when it was over the cap. */
    @FunctionalInterface
    public interface Received {
        void file(String name, byte[] bytes);
    }

    private ImportFileUpload() {
    }

    /**
     * @param label    what the upload is for, read out by screen readers
     * @param tooLarge the message when the browser refuses a file over the cap
     * @param received runs under the screen's session lock once the file is read
     */
    public static Upload create(String id, int maxMegabytes, String label, String tooLarge, Received received) {
        UI ui = UI.getCurrent();
        UploadHandler handler = event -> {
            try (InputStream in = event.getInputStream()) {
                byte[] bytes = CappedRead.upTo(in, event.getFileSize(), maxMegabytes * 1024L * 1024L);
                String name = event.getFileName();
                ui.access(() -> received.file(name, bytes));
            }
        };
        Upload upload = Pickers.localize(new Upload(handler));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxMegabytes * 1024 * 1024);
        // A hint for the file chooser only; the service reads the content itself.
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.getElement().setAttribute("aria-label", label);
        upload.addFileRejectedListener(e -> Notifications.error(tooLarge));
        return upload;
    }

    /** Why the file cannot be imported, where the preview would be, announced when it appears. */
    public static Paragraph refusal(String id, String message) {
        Paragraph refused = new Paragraph(message);
        refused.setId(id);
        refused.addClassName("cw-warning");
        refused.getElement().setAttribute("role", "alert");
        return refused;
    }
}
