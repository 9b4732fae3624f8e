package org.sitmap.io.incidents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a parser has pulled from the underlying stream, for progress reports (the count
 * runs ahead of the parsed rows by at most the parser's buffer). Not thread-safe.
 */
final class CountingInputStream extends FilterInputStream {
    private long bytesRead;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            bytesRead++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            bytesRead += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        bytesRead += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
