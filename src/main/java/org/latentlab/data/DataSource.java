package org.latentlab.data;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where training data comes from, as resolved by {@link DataSources} from a data spec. Resolving
 * checks that the data is there; the images are read only when asked for.
 */
public interface DataSource {
  /** A one-line description for the user, e.g. "Fashion-MNIST in /usr/share/datasets/...". */
  String describe();

  /** The display name of each class index. */
  List<String> classNames();

  /** Reads the training split. */
  ImageSet training() throws IOException;

  /** Reads the test split, if this source has one. */
  Optional<ImageSet> test() throws IOException;
}
