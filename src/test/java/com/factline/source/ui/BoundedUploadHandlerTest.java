package com.factline.source.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedUploadHandlerTest {

    /** An endless upload that counts what was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }
    }

    final List<String> heard = new ArrayList<>();
    final BoundedUploadHandler.Listener listener = new BoundedUploadHandler.Listener() {
        @Override
        public void received(String fileName, byte[] bytes) {
            heard.add("received " + fileName + " " + bytes.length);
        }

        @Override
        public void refused(String fileName, String reason) {
            heard.add("refused " + fileName + ": " + reason);
        }
    };

    @Test
    void shouldRefuseAnOversizedUploadWhileReceivingWithoutReadingTheRest() {
        Endless endless = new Endless();
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("huge.txt");
        when(event.getInputStream()).thenReturn(endless);

        new BoundedUploadHandler(1_000_000, listener).handleUploadRequest(event);

        assertThat(endless.read).as("bytes read from an endless upload").isLessThanOrEqualTo(1_000_000 + 64 * 1024);
        verify(event).reject(org.mockito.ArgumentMatchers.contains("larger than 1000000 bytes"));
        assertThat(heard).singleElement().asString().startsWith("refused huge.txt: The file is larger than 1000000 bytes");
    }

    @Test
    void shouldHandOverAFileUpToTheCapWhole() {
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("story.txt");
        when(event.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[1_000_000]));

        new BoundedUploadHandler(1_000_000, listener).handleUploadRequest(event);

        assertThat(heard).containsExactly("received story.txt 1000000");
    }

    @Test
    void shouldStopReadingOneByteOverTheCap() throws Exception {
        assertThat(BoundedUploadHandler.readAtMost(new ByteArrayInputStream(new byte[10]), 9)).isNull();
        assertThat(BoundedUploadHandler.readAtMost(new ByteArrayInputStream(new byte[10]), 10)).hasSize(10);
    }
}
