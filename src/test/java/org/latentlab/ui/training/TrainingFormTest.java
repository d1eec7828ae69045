package org.latentlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the Train form makes of what a lecturer types: the value a run gets, or one line. */
class TrainingFormTest {
  private final TrainingFormViewModel form = new TrainingFormViewModel(Path.of("/home/lecturer"));

  private StringProperty field(String name) {
    return switch (name) {
      case "images" -> form.imageLimitProperty();
      case "learning rate" -> form.learningRateProperty();
      case "latent dim" -> form.latentDimProperty();
      case "epochs" -> form.epochsProperty();
      case "batch size" -> form.batchSizeProperty();
      case "points" -> form.snapshotPointsProperty();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static double value(String name, TrainingRequest r) {
    return switch (name) {
      case "images" -> r.imageLimit();
      case "learning rate" -> r.learningRate();
      case "latent dim" -> r.latentDim();
      case "epochs" -> r.epochs();
      case "batch size" -> r.batchSize();
      case "points" -> r.snapshotPoints();
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # field       | typed  | the run gets (images 0: every image)
          images        | ''     | 0
          images        | all    | 0
          images        | ' All '| 0
          images        | 1      | 1
          images        | 1,000  | 1000
          learning rate | 0.001  | 0.001
          learning rate | 1e-3   | 0.001
          learning rate | 10     | 10
          latent dim    | 1      | 1
          latent dim    | 512    | 512
          epochs        | 10000  | 10000
          batch size    | 65536  | 65536
          points        | 60000  | 60000
          """)
  void aValueInsideTheStatedRangeIsAccepted(String field, String typed, double expected) {
    field(field).set(typed);
    assertEquals(expected, value(field, form.request()), 1e-12);
  }

  @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # field       | typed  | the one line the user reads
          images        | 0      | images must be a positive number of images (blank or 'all' for every image), not 0
          images        | -5     | images must be a positive number of images (blank or 'all' for every image), not -5
          images        | many   | images: 'many' is not a whole number
          learning rate | 0      | learning rate: '0' is not a number above 0 and at most 10, such as 0.001 or 1e-3
          learning rate | 10.5   | learning rate: '10.5' is not a number above 0 and at most 10, such as 0.001 or 1e-3
          learning rate | -1e-3  | learning rate: '-1e-3' is not a number above 0 and at most 10, such as 0.001 or 1e-3
          learning rate | NaN    | learning rate: 'NaN' is not a number above 0 and at most 10, such as 0.001 or 1e-3
          learning rate | fast   | learning rate: 'fast' is not a number above 0 and at most 10, such as 0.001 or 1e-3
          latent dim    | 0      | latent dimension must be between 1 and 512, not 0
          latent dim    | 513    | latent dimension must be between 1 and 512, not 513
          epochs        | 10001  | epochs must be between 1 and 10000, not 10001
          batch size    | 65537  | batch size must be between 1 and 65536, not 65537
          points        | 0      | points to watch must be between 1 and 60000, not 0
          """)
  void aValueOutsideItIsRefusedWithTheRangeItAccepts(String field, String typed, String message) {
    field(field).set(typed);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> form.request());
    assertEquals(message, e.getMessage());
  }
}
