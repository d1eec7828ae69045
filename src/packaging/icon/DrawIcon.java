import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;

/**
 * Draws LatentLab's application icon: a latent plane (the window's plot colours, ten clusters of
 * codes in the class palette, the cursor) with a digit from the bundled MNIST data decoded beside
 * the cursor, with crisp pixels as the window shows it.
 *
 * <p>Run from the repository root: {@code java src/packaging/icon/DrawIcon.java}. It writes {@code
 * latentlab.png} (256 px, Linux), {@code latentlab.ico} (Windows) and {@code latentlab.icns}
 * (macOS) next to itself. Same input, same bytes: the dots come from a fixed seed, the digit from
 * the bundled data.
 */
public final class DrawIcon {
  /** The window's class palette (ui/fx/ClassPalette), colour-blind-safe. */
  private static final int[] PALETTE = {
    0x0173B2, 0xDE8F05, 0x029E73, 0xD55E00, 0xCC78BC,
    0xCA9161, 0xFBAFE4, 0x949494, 0xECE133, 0x56B4E9
  };

  private static final Color PLOT = new Color(0x181B20);
  private static final Color GRID = new Color(0x2A2F37);
  private static final Color ZERO = new Color(0x3C434E);
  private static final Path DIR = Path.of("src/packaging/icon");
  private static final Path IMAGES = Path.of("assets/mnist-train-10k-images-idx3-ubyte.gz");

  /** Index in the bundled digits of the 2 the icon shows (a clear, upright one). */
  private static final int DIGIT_INDEX = 31;

  /** The digit's class: the cursor sits in its cluster. */
  private static final int DIGIT_CLASS = 2;

  public static void main(String[] args) throws IOException {
    int index = args.length > 0 ? Integer.parseInt(args[0]) : DIGIT_INDEX;
    byte[] digit = readDigit(index);
    byte[] png256 = png(draw(256, digit));
    byte[] png512 = png(draw(512, digit));
    Files.write(DIR.resolve("latentlab.png"), png256);
    Files.write(DIR.resolve("latentlab.ico"), ico(png256));
    Files.write(DIR.resolve("latentlab.icns"), icns(png256, png512));
    System.out.println("Wrote latentlab.png, .ico and .icns in " + DIR + " (digit " + index + ")");
  }

  static BufferedImage draw(int size, byte[] digit) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    double s = size / 256.0;
    RoundRectangle2D frame =
        new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 44 * s, 44 * s);
    g.setColor(PLOT);
    g.fill(frame);
    g.setClip(frame);

    g.setStroke(new BasicStroke((float) (2 * s)));
    g.setColor(GRID);
    for (int i = 1; i < 6; i++) {
      double p = (8 + 40 * i) * s;
      g.draw(new Line2D.Double(p, 0, p, size));
      g.draw(new Line2D.Double(0, p, size, p));
    }
    g.setColor(ZERO);
    g.setStroke(new BasicStroke((float) (3 * s)));
    g.draw(new Line2D.Double(128 * s, 0, 128 * s, size));
    g.draw(new Line2D.Double(0, 128 * s, size, 128 * s));

    // Ten clusters of codes around a ring, as a VAE's μ lie around the origin; the digit's class
    // at the upper left, where the cursor is.
    Random random = new Random(17);
    double[] cursor = new double[2];
    for (int c = 0; c < 10; c++) {
      double angle = 2 * Math.PI * (c - DIGIT_CLASS) / 10 + 1.25 * Math.PI;
      double cx = 112 + 64 * Math.cos(angle);
      double cy = 112 + 64 * Math.sin(angle);
      if (c == DIGIT_CLASS) {
        cursor[0] = cx;
        cursor[1] = cy;
      }
      g.setColor(new Color(PALETTE[c]));
      for (int k = 0; k < 28; k++) {
        double x = cx + random.nextGaussian() * 12;
        double y = cy + random.nextGaussian() * 12;
        double r = 3.6;
        g.fill(new Ellipse2D.Double((x - r) * s, (y - r) * s, 2 * r * s, 2 * r * s));
      }
    }

    // The cursor: a white ring on the code that is decoded.
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke((float) (4 * s)));
    double cr = 11;
    g.draw(
        new Ellipse2D.Double((cursor[0] - cr) * s, (cursor[1] - cr) * s, 2 * cr * s, 2 * cr * s));

    // The decoded image at the lower right: 28 × 28 pixels, white ink on black, framed.
    double tile = 112 * s;
    double tx = 124 * s;
    double ty = 124 * s;
    double px = tile / 28;
    g.setColor(new Color(0xF2F4F7));
    g.fill(
        new RoundRectangle2D.Double(
            tx - 6 * s, ty - 6 * s, tile + 12 * s, tile + 12 * s, 10 * s, 10 * s));
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    for (int y = 0; y < 28; y++) {
      for (int x = 0; x < 28; x++) {
        int v = digit[y * 28 + x] & 0xFF;
        g.setColor(new Color(v, v, v));
        int x0 = (int) Math.round(tx + x * px);
        int y0 = (int) Math.round(ty + y * px);
        int x1 = (int) Math.round(tx + (x + 1) * px);
        int y1 = (int) Math.round(ty + (y + 1) * px);
        g.fillRect(x0, y0, x1 - x0, y1 - y0);
      }
    }
    g.dispose();
    return img;
  }

  static byte[] readDigit(int index) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(IMAGES));
        DataInputStream data = new DataInputStream(in)) {
      data.skipNBytes(16 + 784L * index);
      byte[] pixels = new byte[784];
      data.readFully(pixels);
      return pixels;
    }
  }

  static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** A Windows icon holding one 256 px PNG (allowed since Windows Vista). */
  static byte[] ico(byte[] png) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {0, 0, 1, 0, 1, 0}); // reserved, type 1 = icon, one image
    out.write(new byte[] {0, 0, 0, 0, 1, 0, 32, 0}); // 0 = 256 px wide and high, planes, 32 bpp
    out.write(littleEndian(png.length));
    out.write(littleEndian(6 + 16)); // offset of the PNG
    out.write(png);
    return bytes.toByteArray();
  }

  /** A macOS icon with PNG entries: ic08 (256 px) and ic09 (512 px). */
  static byte[] icns(byte[] png256, byte[] png512) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeBytes("icns");
    out.writeInt(8 + 8 + png256.length + 8 + png512.length);
    out.writeBytes("ic08");
    out.writeInt(8 + png256.length);
    out.write(png256);
    out.writeBytes("ic09");
    out.writeInt(8 + png512.length);
    out.write(png512);
    return bytes.toByteArray();
  }

  private static byte[] littleEndian(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }
}
