package kz.qoltanba.bridge.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The tray icon, drawn at the tray's size: a teal rounded square with a white pen stroke. */
final class TrayIconImage {
    private TrayIconImage() {}

    static BufferedImage draw(Dimension size) {
        int width = Math.max(16, size.width);
        int height = Math.max(16, size.height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x00796B));
            g.fillRoundRect(1, 1, width - 2, height - 2, width / 3, height / 3);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(Math.max(2f, width / 10f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int[] xs = {width / 5, width * 2 / 5, width * 3 / 5, width * 4 / 5};
            int[] ys = {height * 3 / 5, height / 3, height * 2 / 3, height * 2 / 5};
            g.drawPolyline(xs, ys, xs.length);
            g.drawLine(width / 5, height * 4 / 5, width * 4 / 5, height * 4 / 5);
        } finally {
            g.dispose();
        }
        return image;
    }
}
