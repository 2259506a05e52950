package kz.qoltanba.bundle.nursign;

/** The numeric error codes of the NURSign envelope (bridge-protocol §6); 7, 12, 13, 15 are never produced. */
enum ErrorCode {
    CANCELLED(1),
    FILE_TOO_LARGE(2),
    UPLOAD_FAILED(3),
    FILE_GONE(4),
    CHECK_FAILED(5),
    OTHER(6),
    NO_CERTIFICATE(8),
    XML_FAILED(9),
    CMS_FAILED(10),
    DOWNLOAD_FAILED(11),
    NOT_ALLOWED(14),
    WRONG_PASSWORD(17);

    private final int number;

    ErrorCode(int number) {
        this.number = number;
    }

    int number() {
        return number;
    }
}
