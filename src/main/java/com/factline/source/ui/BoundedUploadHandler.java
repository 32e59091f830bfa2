package com.factline.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Receives uploaded files into memory, but never more than {@code maxBytes} of one file: the
 * stream is read in small chunks and the upload is refused as soon as the count passes the cap,
 * before the rest arrives (issue 11). Vaadin's own in-memory handler buffers the whole file first.
 */
final class BoundedUploadHandler implements UploadHandler {

    /** What the view hears about each file, on the UI thread. */
    interface Listener {
        void received(String fileName, byte[] bytes);

        void refused(String fileName, String reason);
    }

    private static final int CHUNK = 64 * 1024;

    private final long maxBytes;
    private final Listener listener;

    BoundedUploadHandler(long maxBytes, Listener listener) {
        this.maxBytes = maxBytes;
        this.listener = listener;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        String name = event.getFileName() == null ? "upload" : event.getFileName();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readAtMost(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes == null) {
            String reason = "The file is larger than " + maxBytes + " bytes, the import limit; it was not received.";
            event.reject(reason);
            deliver(event.getUI(), listener::refused, name, reason);
        } else {
            deliver(event.getUI(), listener::received, name, bytes);
        }
    }

    /** Lets the servlet's multipart parser stop at the cap too, where Vaadin streams the request itself. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /**
     * The stream's bytes, or null as soon as there are more than {@code max}: at most {@code max}
     * plus one chunk is ever read, whatever the sender claims or sends.
     */
    static byte @Nullable [] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, CHUNK));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static <T> void deliver(@Nullable UI ui, SerializableBiConsumer<String, T> to, String name, T value) {
        if (ui == null) {
            to.accept(name, value);
        } else {
            ui.access(() -> to.accept(name, value));
        }
    }
}
