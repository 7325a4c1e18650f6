package org.councilworkspace.document.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A download made in its own request, with an indicator while it takes long; two at once each get their file. */
class ExportLinkTest {

    /** The delayed checks, run when the test says the delay is over. */
    private final List<Runnable> delayed = new CopyOnWriteArrayList<>();
    private final List<Boolean> shown = new CopyOnWriteArrayList<>();
    private final ExportProgress progress = new ExportProgress(delayed::add, shown::add);

    @Test
    void a_quick_export_never_shows_the_indicator() {
        progress.started();
        progress.finished();
        delayed.forEach(Runnable::run);
        assertThat(shown).containsExactly(false);
        assertThat(progress.running()).isFalse();
    }

    @Test
    void a_slow_export_shows_the_indicator_after_the_delay_and_hides_it_at_the_end() {
        progress.started();
        assertThat(shown).isEmpty();
        delayed.forEach(Runnable::run);
        assertThat(shown).containsExactly(true);
        progress.finished();
        assertThat(shown).containsExactly(true, false);
    }

    @Test
    void two_exports_at_once_each_write_their_own_file_and_the_indicator_stays_until_both_end() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<String> made = new CopyOnWriteArrayList<>();
        DownloadHandler handler = ExportLink.handler("plan-1.pdf", "application/pdf", true, () -> {
            String name = Thread.currentThread().getName();
            bothStarted.countDown();
            await(release);
            made.add(name);
            return name.getBytes(StandardCharsets.UTF_8);
        }, progress);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "export-" + System.nanoTime()));
        try {
            List<ByteArrayOutputStream> outputs = new ArrayList<>();
            List<VaadinResponse> responses = new ArrayList<>();
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                VaadinResponse response = mock(VaadinResponse.class);
                when(response.getOutputStream()).thenReturn(out);
                outputs.add(out);
                responses.add(response);
                DownloadEvent event = new DownloadEvent(mock(VaadinRequest.class), response,
                        mock(VaadinSession.class), null);
                runs.add(pool.submit(() -> {
                    handler.handleDownloadRequest(event);
                    return null;
                }));
            }
            assertThat(bothStarted.await(30, TimeUnit.SECONDS)).isTrue();
            delayed.forEach(Runnable::run);
            assertThat(shown).containsExactly(true, true);
            assertThat(progress.running()).isTrue();
            release.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
            assertThat(shown).endsWith(false).containsOnlyOnce(false);
            assertThat(outputs.stream().map(o -> o.toString(StandardCharsets.UTF_8)).toList())
                    .containsExactlyInAnyOrderElementsOf(made).doesNotHaveDuplicates();
            for (VaadinResponse response : responses) {
                verify(response).setContentType("application/pdf");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failing_export_still_takes_the_indicator_away() {
        DownloadHandler handler = ExportLink.handler("x.pdf", "application/pdf", true, () -> {
            throw new IllegalStateException("refused");
        }, progress);
        DownloadEvent event = new DownloadEvent(mock(VaadinRequest.class), mock(VaadinResponse.class),
                mock(VaadinSession.class), null);
        assertThatThrownBy(() -> handler.handleDownloadRequest(event)).hasMessage("refused");
        assertThat(progress.running()).isFalse();
        assertThat(shown).containsExactly(false);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
