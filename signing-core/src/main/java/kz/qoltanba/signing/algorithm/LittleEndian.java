package kz.qoltanba.signing.algorithm;

/** Byte-order helpers: Kazakh and TC26 encodings store integers little-endian. */
final class LittleEndian {
    private LittleEndian() {}

    static byte[] reverse(byte[] bytes) {
        return reverse(bytes, 0, bytes.length);
    }

    static byte[] reverse(byte[] bytes, int offset, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = bytes[offset + length - 1 - i];
        }
        return out;
    }
}
