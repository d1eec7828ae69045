package org.latentlab.ui.holes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.quality.ClassBalance;
import org.latentlab.latent.quality.ManifoldScores;
import org.latentlab.latent.quality.QualityScores;
import org.latentlab.latent.quality.SampleScores;

/** What the quality badges say: the scores, or that the decoder collapsed. */
class QualityTextTest {
  private static List<String> names(QualityScores s) {
    return QualityText.items(s).stream().map(QualityText.Item::name).toList();
  }

  @Test
  void aWorkingVaeShowsEveryScore() {
    QualityScores vae = new QualityScores(0.73, 0.72, 0.019, 1.53, 2.26, 145.4, 0.116);
    assertEquals(
        List.of(
            "Complete", "From N(0, I)", "Holes", "Step ratio", "Label changes", "Reconstruction"),
        names(vae));
    assertEquals("1.9%", QualityText.items(vae).get(2).value());
  }

  @Test
  void withHeldOutImagesTheResearchScoresFollowInPriorAndFittedPairs() {
    ManifoldScores f = new ManifoldScores(0.731, 0.596, 0.556, 0.155);
    ManifoldScores p = new ManifoldScores(0.991, 0.109, 5.528, 0.591);
    ClassBalance b = ClassBalance.of(new int[] {1, 1, 2, 3}, new int[] {0, 1, 2, 3}, 4);
    SampleScores s = new SampleScores(f, p, b);
    QualityScores vae = new QualityScores(0.61, 0.54, 0.088, 1.37, 1.46, 91.3, 0.157, s, s, 0.162);
    assertEquals(
        List.of(
            "Complete",
            "From N(0, I)",
            "Holes",
            "Step ratio",
            "Label changes",
            "Prec/recall",
            "Dens/cover",
            "Class KL",
            "Prior P/R",
            "Prior D/C",
            "Prior class KL",
            "Off manifold",
            "Reconstruction"),
        names(vae));
    List<QualityText.Item> items = QualityText.items(vae);
    assertEquals("0.73/0.60", items.get(5).value());
    assertTrue(items.get(5).meaning().contains("in pixels 0.99/0.11"), items.get(5).meaning());
    assertEquals("0.56/0.16", items.get(6).value());
    assertEquals(String.format(java.util.Locale.ROOT, "%.3f", b.kl()), items.get(7).value());
    assertEquals("16.2%", items.get(11).value());
  }

  @Test
  void aCollapsedDecoderIsNamedInsteadOfScoringNoHolesAndEvenSteps() {
    QualityScores klOnly = new QualityScores(0, 0.0, 0, 1.00, 0, 543.1, 0.0008);
    assertEquals(List.of("Decoder collapsed", "Reconstruction"), names(klOnly));
    assertEquals("spread 0.001", QualityText.items(klOnly).get(0).value());
  }
}
