package org.latentlab.ui.holes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latentlab.latent.quality.QualityScores;

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
  void aCollapsedDecoderIsNamedInsteadOfScoringNoHolesAndEvenSteps() {
    QualityScores klOnly = new QualityScores(0, 0.0, 0, 1.00, 0, 543.1, 0.0008);
    assertEquals(List.of("Decoder collapsed", "Reconstruction"), names(klOnly));
    assertEquals("spread 0.001", QualityText.items(klOnly).get(0).value());
  }
}
