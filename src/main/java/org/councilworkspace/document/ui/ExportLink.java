package org.councilworkspace.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A link whose file is made when it is followed, with a progress indicator when making it takes more than a second.
 * The file is made in the download's own request (Vaadin calls a download handler without holding the session
 * lock), so the page stays responsive and two exports at once are two requests, each with its own bytes; the
 * indicator inside the link is switched through {@link UI#access} (the app pushes), and counts the exports running.
 * Whoever follows the link is the signed-in person of that request, so the services behind {@code content} check
 * that they may read what they get.
 */
public final class ExportLink {

    private static final Executor AFTER_A_SECOND = CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS);

    private ExportLink() {
    }

    /**
     * A link to {@code content} as {@code fileName}; {@code download} asks the browser to save it (else it opens, as
     * a printable page does).
     */
    public static Anchor create(String id, String fileName, String type, String label, boolean download,
                                Supplier<byte[]> content) {
        UI ui = UI.getCurrent();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setVisible(false);
        bar.setWidth("3em");
        bar.getElement().setAttribute("aria-label", ui.getTranslation("document.export.preparing"));
        bar.getStyle().set("display", "inline-block").set("margin", "0 0 0 .5em").set("vertical-align", "middle");
        Anchor anchor = new Anchor();
        ExportProgress progress = new ExportProgress(AFTER_A_SECOND, on -> show(ui, anchor, bar, on));
        anchor.setHref(handler(fileName, type, download, content, progress));
        anchor.setText(label);
        anchor.add(bar);
        if (download) {
            anchor.getElement().setAttribute("download", true);
        }
        if (id != null) {
            anchor.setId(id);
        }
        return anchor;
    }

    static DownloadHandler handler(String fileName, String type, boolean download, Supplier<byte[]> content,
                                   ExportProgress progress) {
        return (DownloadEvent event) -> {
            progress.started();
            try {
                byte[] bytes = content.get();
                event.setContentType(type);
                if (download) {
                    event.setFileName(fileName);
                } else {
                    // Opened in the browser (a printable page); the name is only a suggestion for saving it.
                    event.getResponse().setHeader("Content-Disposition", "inline; filename=\""
                            + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
                }
                event.setContentLength(bytes.length);
                try (OutputStream out = event.getOutputStream()) {
                    out.write(bytes);
                }
            } finally {
                progress.finished();
            }
        };
    }

    private static void show(UI ui, Anchor anchor, ProgressBar bar, boolean on) {
        try {
            ui.access(() -> {
                bar.setVisible(on);
                anchor.getElement().setAttribute("aria-busy", Boolean.toString(on));
            });
        } catch (UIDetachedException e) {
            // The page was closed while the file was being made: nothing left to show.
        }
    }
}
