package kz.qoltanba.bridge.modules.basics;

import java.util.Arrays;
import java.util.List;

/** Recognises the image formats a page may send as {@code logo} by their first bytes (no decoding here). */
final class ImageSignatures {
    private static final List<byte[]> MAGIC = List.of(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
            new byte[] {'G', 'I', 'F', '8'},
            new byte[] {'B', 'M'});

    private ImageSignatures() {}

    static boolean isImage(byte[] bytes) {
        return MAGIC.stream()
                .anyMatch(magic ->
                        bytes.length > magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length));
    }
}
