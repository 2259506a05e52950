package kz.qoltanba.bridge.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * While {@code serve} runs, the log also goes to {@code <home>/logs/bridge.log}: the process's standard error
 * (where the log is written) is copied to the file, so a bridge started from the desktop, without a terminal,
 * still keeps the lines that say why a request failed and the unattended warnings. The file is appended to; at
 * start a file over {@value #MAX_BYTES} bytes is moved to {@code bridge.log.1} (replacing the previous one).
 * Closing puts the original standard error back.
 */
final class LogFile implements AutoCloseable {
    static final String NAME = "bridge.log";
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final PrintStream original;
    private final OutputStream file;

    private LogFile(PrintStream original, OutputStream file) {
        this.original = original;
        this.file = file;
    }

    /** Starts copying standard error to the log file in {@code directory}. */
    static LogFile open(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path log = directory.resolve(NAME);
        if (Files.isRegularFile(log) && Files.size(log) > MAX_BYTES) {
            Files.move(log, directory.resolve(NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        OutputStream file = new FileOutputStream(log.toFile(), true);
        PrintStream original = System.err;
        System.setErr(new PrintStream(new Both(original, file), true, StandardCharsets.UTF_8));
        return new LogFile(original, file);
    }

    @Override
    public void close() throws IOException {
        System.err.flush();
        System.setErr(original);
        file.close();
    }

    /** Writes to the terminal and the file; a failing file never silences the terminal. */
    private static final class Both extends OutputStream {
        private final OutputStream terminal;
        private final OutputStream file;
        private boolean fileBroken;

        Both(OutputStream terminal, OutputStream file) {
            this.terminal = terminal;
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            terminal.write(bytes, offset, length);
            if (!fileBroken) {
                try {
                    file.write(bytes, offset, length);
                } catch (IOException e) {
                    fileBroken = true;
                    terminal.write(("Cannot write the log file: " + e.getMessage() + System.lineSeparator())
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            terminal.flush();
        }
    }
}
