package kz.qoltanba.bridge.spi;

/**
 * A progress indicator the host shows for a module's long operation (hashing, uploading a large file). The
 * host may show nothing (unattended mode logs instead); updates are cheap and may be called often.
 */
public interface HostProgress extends AutoCloseable {
    /** A progress that shows nothing. */
    HostProgress NONE = new HostProgress() {
        @Override
        public void update(String step, long done, long total) {}

        @Override
        public void close() {}
    };

    /**
     * Reports progress.
     *
     * @param step what is being done, in the module's language (e.g. «Загрузка файла»)
     * @param done bytes (or items) done so far
     * @param total the total, or -1 when unknown
     */
    void update(String step, long done, long total);

    /** Hides the indicator; idempotent. */
    @Override
    void close();
}
