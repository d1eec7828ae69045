package org.latentlab.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import org.latentlab.latent.draw.Stroke;
import org.latentlab.lesson.SceneDrawing;
import org.latentlab.ui.drawing.DrawingViewModel;
import org.latentlab.ui.explorer.ExplorerViewModel;

/** Where a scene's drawing goes: the "Draw" tab's pad. */
public interface DrawingStage {
  /** A stage with no pad behind it: scenes leave nothing there, and capture nothing. */
  DrawingStage NONE =
      new DrawingStage() {
        @Override
        public void show(SceneDrawing drawing) {}

        @Override
        public SceneDrawing current() {
          return null;
        }
      };

  /** Puts {@code drawing} on the pad; once read, it becomes endpoint A or B if it says so. */
  void show(SceneDrawing drawing);

  /** What the pad holds now, for a scene made from it; null for an empty pad. */
  SceneDrawing current();

  /** The stage of the pad {@code pad}. */
  static DrawingStage of(DrawingViewModel pad) {
    return new DrawingStage() {
      @Override
      public void show(SceneDrawing drawing) {
        List<Stroke> strokes = new ArrayList<>();
        for (SceneDrawing.Line l : drawing.strokes()) {
          strokes.add(new Stroke(l.brush(), l.xy()));
        }
        Boolean asSecond = drawing.endpoint() == null ? null : drawing.endpoint().equals("B");
        pad.showDrawing(strokes, asSecond);
      }

      @Override
      public SceneDrawing current() {
        List<Stroke> strokes = pad.strokesProperty().get();
        if (strokes.isEmpty()) {
          return null;
        }
        List<SceneDrawing.Line> lines = new ArrayList<>();
        for (Stroke s : strokes) {
          lines.add(new SceneDrawing.Line(s.brush(), s.xy()));
        }
        ExplorerViewModel explorer = pad.explorer();
        String endpoint = explorer.isDrawn(false) ? "A" : explorer.isDrawn(true) ? "B" : null;
        return new SceneDrawing(lines, endpoint);
      }
    };
  }
}
