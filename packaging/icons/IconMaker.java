import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws the SalonDesk icon (white scissors on the desk's violet, in a rounded square) and writes every file the
 * installers and the window need: PNGs, a Windows ICO and a macOS ICNS. Both container formats accept PNG images
 * inside, so no platform tool is needed: {@code java packaging/icons/IconMaker.java} from the project folder.
 */
public final class IconMaker {

    private static final int[] PNG_SIZES = {16, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Path window = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/salondesk/ui/common");
        Files.createDirectories(out);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[]{16, 32, 48, 64, 128, 256, 512, 1024}) {
            pngs.put(size, png(draw(size)));
        }
        for (int size : PNG_SIZES) {
            Files.write(out.resolve("salondesk-" + size + ".png"), pngs.get(size));
        }
        // The window's own icons (title bar, task bar, About box).
        for (int size : new int[]{16, 32, 48, 64, 128, 256}) {
            Files.write(window.resolve("icon-" + size + ".png"), pngs.get(size));
        }
        Files.write(out.resolve("salondesk.ico"), ico(pngs, 16, 32, 48, 64, 128, 256));
        Files.write(out.resolve("salondesk.icns"), icns(pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);
        // Everything below is drawn on a 100 x 100 canvas.
        g.setPaint(new GradientPaint(0, 0, new Color(0x6c, 0x5c, 0xe7), 100, 100, new Color(0x53, 0x52, 0xed)));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 24, 24));
        g.setPaint(new Color(0x3b, 0x3a, 0xb8));
        g.fill(new RoundRectangle2D.Double(4, 70, 92, 26, 24, 24));
        g.fill(new java.awt.Rectangle(4, 70, 92, 12));
        g.setColor(Color.WHITE);
        blade(g, 50, 52, -24);
        blade(g, 50, 52, 24);
        g.setStroke(new BasicStroke(6.5f));
        g.draw(new Ellipse2D.Double(23, 58, 20, 20));
        g.draw(new Ellipse2D.Double(57, 58, 20, 20));
        g.setColor(new Color(0x53, 0x52, 0xed));
        g.fill(new Ellipse2D.Double(47, 42, 6, 6));
        g.dispose();
        return image;
    }

    /** One blade of the scissors, from its ring past the pivot at (cx, cy) to its point, turned by {@code degrees}. */
    private static void blade(Graphics2D g, double cx, double cy, double degrees) {
        Path2D shape = new Path2D.Double();
        shape.moveTo(-4.5, 16);
        shape.lineTo(4.5, 16);
        shape.curveTo(5, 0, 3, -22, 0, -38);
        shape.curveTo(-4, -22, -5, 0, -4.5, 16);
        shape.closePath();
        AffineTransform turn = new AffineTransform();
        turn.translate(cx, cy - 3);
        turn.rotate(Math.toRadians(degrees));
        g.fill(turn.createTransformedShape(shape));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** An ICO file whose images are PNGs (Windows Vista and later read these). */
    private static byte[] ico(Map<Integer, byte[]> pngs, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int size : sizes) {
            total += pngs.get(size).length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int size : sizes) {
            byte[] data = pngs.get(size);
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buffer.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            buffer.put(pngs.get(size));
        }
        return buffer.array();
    }

    /** An ICNS file with PNG images, one per type macOS looks for. */
    private static byte[] icns(Map<Integer, byte[]> pngs) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        int total = 8;
        for (int size : types.values()) {
            total += 8 + pngs.get(size).length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buffer.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach((type, size) -> {
            byte[] data = pngs.get(size);
            buffer.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        });
        return buffer.array();
    }
}
