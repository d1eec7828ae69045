package org.latentlab.data;

import java.util.List;

/** The class names of the data sets LatentLab knows. */
public final class ClassNames {
  /** MNIST digits: the class index is the digit. */
  public static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** Fashion-MNIST, in the order of its label indices (Xiao, Rasul and Vollgraf, 2017). */
  public static final List<String> FASHION =
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot");

  private ClassNames() {}
}
