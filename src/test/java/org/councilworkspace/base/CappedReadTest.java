package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class CappedReadTest {

    /** Counts what was taken from it, to show the cap holds against a client that lies about the size. */
    static final class Counting extends ByteArrayInputStream {
        int taken;

        Counting(int size) {
            super(new byte[size]);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            taken += Math.max(n, 0);
            return n;
        }
    }

    @Test
    void a_file_at_the_cap_is_read_whole() throws IOException {
        assertThat(CappedRead.upTo(new Counting(1000), 1000, 1000)).hasSize(1000);
    }

    @Test
    void a_file_that_says_it_is_too_large_is_refused_unread() throws IOException {
        Counting in = new Counting(10);
        assertThat(CappedRead.upTo(in, 2000, 1000)).isNull();
        assertThat(in.taken).isZero();
    }

    @Test
    void a_file_that_lies_about_its_size_is_read_only_one_byte_past_the_cap() throws IOException {
        Counting in = new Counting(1_000_000);
        assertThat(CappedRead.upTo(in, 10, 1000)).isNull();
        assertThat(in.taken).isEqualTo(1001);
    }

    @Test
    void an_empty_stream_is_empty_content() throws IOException {
        assertThat(CappedRead.upTo(InputStream.nullInputStream(), -1, 1000)).isEmpty();
    }
}
