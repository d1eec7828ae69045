package org.latentlab.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/** Reads a GIF back with ImageIO the way a viewer would: its frames, delays and loop count. */
public final class GifFiles {
  private GifFiles() {}

  /**
   * What a reader sees of a GIF.
   *
   * @param frames the frame count
   * @param width the first frame's width
   * @param height the first frame's height
   * @param delays every frame's delay in 1/100 s
   * @param loopCount the NETSCAPE2.0 loop count (0: forever), or -1 without the extension
   * @param images every frame
   */
  public record Gif(
      int frames,
      int width,
      int height,
      List<Integer> delays,
      int loopCount,
      List<BufferedImage> images) {

    /** Whether it loops forever. */
    public boolean loopsForever() {
      return loopCount == 0;
    }
  }

  /** Reads {@code file}. */
  public static Gif read(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
      r.setInput(in);
      int n = r.getNumImages(true);
      List<Integer> delays = new ArrayList<>();
      List<BufferedImage> images = new ArrayList<>();
      int count = -1;
      for (int i = 0; i < n; i++) {
        IIOMetadataNode root =
            (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode gce =
            (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
        delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
        var apps = root.getElementsByTagName("ApplicationExtension");
        for (int a = 0; a < apps.getLength(); a++) {
          IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
          byte[] data = (byte[]) app.getUserObject();
          if ("NETSCAPE".equals(app.getAttribute("applicationID"))
              && "2.0".equals(app.getAttribute("authenticationCode"))
              && data.length == 3
              && data[0] == 1) {
            count = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
          }
        }
        images.add(r.read(i));
      }
      r.dispose();
      return new Gif(n, images.get(0).getWidth(), images.get(0).getHeight(), delays, count, images);
    }
  }
}
