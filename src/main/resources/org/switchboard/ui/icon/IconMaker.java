// Draws Switchboard's first-version icon: a speech bubble with an arrow leaving it (a message that
// gets forwarded), on a rounded blue tile. Kept beside the PNGs it makes; not compiled into the app.
//
// Run from this folder with any JDK 11+:   java IconMaker.java
// It writes switchboard-16.png … switchboard-256.png next to itself.

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class IconMaker {
    public static void main(String[] args) throws Exception {
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            ImageIO.write(draw(size), "png", new File("switchboard-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        // Tile: deep blue, slightly lighter at the top.
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f81f7), 0, 256, new Color(0x1f5fc4)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // Speech bubble with its tail at the lower left.
        GeneralPath bubble = new GeneralPath();
        bubble.append(new RoundRectangle2D.Double(40, 52, 150, 108, 40, 40), false);
        GeneralPath tail = new GeneralPath();
        tail.moveTo(66, 150);
        tail.lineTo(52, 196);
        tail.lineTo(104, 156);
        tail.closePath();
        g.setColor(Color.WHITE);
        g.fill(bubble);
        g.fill(tail);

        // Three lines of text in the bubble (dropped at tiny sizes where they turn to mush).
        if (size >= 32) {
            g.setColor(new Color(0x1f5fc4));
            g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(68, 86, 150, 86);
            g.drawLine(68, 112, 130, 112);
        }

        // The forward arrow: out of the bubble to the right and down, in a warm signal colour.
        g.setColor(new Color(0xffb224));
        g.setStroke(new BasicStroke(size >= 32 ? 22 : 30, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        GeneralPath arrow = new GeneralPath();
        arrow.moveTo(150, 136);
        arrow.curveTo(190, 136, 206, 160, 206, 196);
        g.draw(arrow);
        GeneralPath head = new GeneralPath();
        head.moveTo(178, 182);
        head.lineTo(206, 222);
        head.lineTo(234, 182);
        head.closePath();
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.fill(head);
        g.draw(head);
        g.dispose();
        return img;
    }
}
