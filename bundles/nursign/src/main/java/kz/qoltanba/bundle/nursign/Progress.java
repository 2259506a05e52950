package kz.qoltanba.bundle.nursign;

import java.util.Map;
import java.util.function.LongConsumer;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostProgress;

/** The host's progress indicator for one long step, with the step named in the module's language. */
final class Progress implements AutoCloseable {
    static final String HASHING = "hashing";
    static final String UPLOADING = "uploading";
    static final String DOWNLOADING = "downloading";
    static final String KEY_HASHING = "key-hashing";

    private static final Map<String, Map<String, String>> STEPS = Map.of(
            HASHING, Map.of("ru", "Вычисление хэша файла", "kk", "Файлдың хэшін есептеу"),
            UPLOADING, Map.of("ru", "Загрузка файла на портал", "kk", "Файлды порталға жүктеу"),
            DOWNLOADING, Map.of("ru", "Получение документа", "kk", "Құжатты алу"),
            KEY_HASHING,
                    Map.of(
                            "ru", "Вычисление хэша для выбранного ключа",
                            "kk", "Таңдалған кілт үшін хэш есептеу"));
    private static final String TITLE_RU = "Модуль Государственные закупки РК";
    private static final String TITLE_KK = "ҚР Мемлекеттік сатып алу модулі";

    private final HostProgress progress;
    private final String step;
    private final long total;

    private Progress(HostProgress progress, String step, long total) {
        this.progress = progress;
        this.step = step;
        this.total = total;
    }

    static Progress open(HostDialogs dialogs, Call call, String stepKey, long total) {
        String lang = "kk".equals(call.lang()) ? "kk" : "ru";
        HostProgress progress = dialogs == null
                ? HostProgress.NONE
                : dialogs.openProgress(
                        call.origin(), call.connectionId(), lang, "kk".equals(lang) ? TITLE_KK : TITLE_RU);
        Progress opened = new Progress(progress, STEPS.get(stepKey).get(lang), total);
        opened.progress.update(opened.step, 0, total);
        return opened;
    }

    /** Updates at most every 1 MiB so that a fast disk does not flood the host. */
    LongConsumer bytes() {
        long[] shown = {0};
        return done -> {
            if (done - shown[0] >= (1 << 20) || done == total) {
                shown[0] = done;
                progress.update(step, done, total);
            }
        };
    }

    @Override
    public void close() {
        progress.close();
    }
}
