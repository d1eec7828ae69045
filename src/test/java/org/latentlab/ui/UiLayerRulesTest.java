package org.latentlab.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The explorer keeps the style guide's layers: ui → inference, latent; latent → nothing. */
class UiLayerRulesTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.latentlab");

  @Test
  void uiDependsOnlyOnInferenceLatentAndTheJdkAndJavaFx() {
    classes().that().resideInAPackage("org.latentlab.ui..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "javax.imageio..", "javafx..",
            "org.latentlab.ui..", "org.latentlab.inference..", "org.latentlab.latent..")
        .check(MAIN);
  }

  @Test
  void latentIsPlainJava() {
    classes().that().resideInAPackage("org.latentlab.latent..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.latentlab.latent..")
        .check(MAIN);
  }

  @Test
  void viewModelsHoldNoNodes() {
    noClasses().that().haveNameMatching("org\\.latentlab\\.ui\\.(\\w*ViewModel|LatestWins|UiThreads"
            + "|PlaneData|LatentDimension|ExplorerSession|ExplorerSource|LabelledImages"
            + "|DecodedImage|Comparison|InterpolationStrips|ManifoldMosaic|PlaneMarks|LossHistory"
            + "|TrainingSnapshot|TrainingRequest|TrainingUpdate|TrainingService|TrainingForm"
            + "|UpdateThrottle|BetaScale)(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
        .check(MAIN);
  }

  @Test
  void noJavaFxOutsideUiAndApp() {
    noClasses().that().resideOutsideOfPackages("org.latentlab.ui..", "org.latentlab.app..")
        .should().dependOnClassesThat().resideInAPackage("javafx..")
        .check(MAIN);
  }
}
