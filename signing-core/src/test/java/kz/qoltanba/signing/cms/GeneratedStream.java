package kz.qoltanba.signing.cms;

import java.io.InputStream;

/**
 * A long stream produced on the fly, never stored: a 64 KiB block whose first eight bytes are the block
 * counter, repeated. Cheap to generate, and the same bytes every time for the same length.
 */
final class GeneratedStream extends InputStream {
    private static final int BLOCK = 64 * 1024;
    private final byte[] block = new byte[BLOCK];
    private final long length;
    private long position;

    GeneratedStream(long length) {
        this.length = length;
        for (int i = 0; i < BLOCK; i++) {
            block[i] = (byte) (i * 31 + 7);
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int wanted) {
        if (position >= length) {
            return -1;
        }
        int inBlock = (int) (position % BLOCK);
        if (inBlock == 0) {
            long counter = position / BLOCK;
            for (int i = 0; i < 8; i++) {
                block[i] = (byte) (counter >>> (8 * i));
            }
        }
        int n = (int) Math.min(Math.min(wanted, BLOCK - inBlock), length - position);
        System.arraycopy(block, inBlock, buffer, offset, n);
        position += n;
        return n;
    }
}
