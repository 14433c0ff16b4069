package org.townhall.ivr.simulator;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** The FastAGI socket: newline-terminated lines out, lines in with timeouts, EOF detection. */
final class AgiConnection implements Closeable {

    /** What a read produced. */
    enum Status {
        LINE, EOF, TIMEOUT
    }

    record Read(Status status, String line) {
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int start;
    private int end;
    private boolean eof;

    AgiConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Writes {@code line} followed by {@code \n}. */
    void send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Reads one line, without its {@code \n} (a {@code \r} is kept, as Asterisk keeps it). A partial line before EOF
     * is returned as a line, like Asterisk's fgets loop does.
     */
    Read readLine(long timeoutMillis) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, start, i - start);
                    start = i + 1;
                    return new Read(Status.LINE, line.toString(StandardCharsets.UTF_8));
                }
            }
            line.write(buffer, start, end - start);
            start = end;
            if (eof) {
                return line.size() > 0 ? new Read(Status.LINE, line.toString(StandardCharsets.UTF_8))
                        : new Read(Status.EOF, null);
            }
            long remaining = (deadline - System.nanoTime()) / 1_000_000L;
            if (remaining <= 0 || !fill(remaining)) {
                if (line.size() > 0) {
                    // keep the partial line for the next read
                    byte[] partial = line.toByteArray();
                    System.arraycopy(partial, 0, buffer, 0, partial.length);
                    start = 0;
                    end = partial.length;
                }
                return new Read(Status.TIMEOUT, null);
            }
        }
    }

    /** True when data (or EOF) is available within {@code timeoutMillis}; 0 only checks what already arrived. */
    boolean awaitData(long timeoutMillis) throws IOException {
        if (start < end || eof) {
            return true;
        }
        if (timeoutMillis <= 0) {
            return in.available() > 0;
        }
        return fill(timeoutMillis);
    }

    private boolean fill(long timeoutMillis) throws IOException {
        if (start == end) {
            start = 0;
            end = 0;
        }
        if (end == buffer.length) {
            return true;
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMillis)));
        try {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
