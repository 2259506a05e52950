package kz.qoltanba.bridge.ui;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.swing.ImageIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's {@code logo} as a small icon beside the verified origin: decoded here, scaled down to at most
 * {@value #MAX_SIDE} pixels a side (never up), and left out when it cannot be decoded or is implausibly large.
 */
final class PageLogo {
    static final int MAX_SIDE = 48;
    private static final int MAX_DECODED_SIDE = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(PageLogo.class);

    private PageLogo() {}

    static Optional<ImageIcon> icon(byte[] logo) {
        if (logo == null) {
            return Optional.empty();
        }
        BufferedImage image = decode(logo);
        if (image == null) {
            LOG.info("The page's logo ({} bytes) is not shown: it cannot be decoded as a small image", logo.length);
            return Optional.empty();
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        if (scale == 1.0) {
            return Optional.of(new ImageIcon(image));
        }
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return Optional.of(new ImageIcon(image.getScaledInstance(width, height, Image.SCALE_SMOOTH)));
    }

    /** Reads the size from the header first, so a small file claiming a huge image is never decoded. */
    private static BufferedImage decode(byte[] logo) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(logo))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_DECODED_SIDE || reader.getHeight(0) > MAX_DECODED_SIDE) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
