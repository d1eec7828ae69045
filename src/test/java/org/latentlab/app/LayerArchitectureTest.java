package org.latentlab.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers of STYLE.md: dependencies point one way, and each library stays in its layer. */
@AnalyzeClasses(packages = "org.latentlab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {
  private static final String ROOT = "org.latentlab.";

  @ArchTest
  static final ArchRule javafxOnlyInUiAndApp =
      noClasses().that().resideOutsideOfPackages(ROOT + "ui..", ROOT + "app..")
          .should().dependOnClassesThat().resideInAPackage("javafx..");

  @ArchTest
  static final ArchRule noDjlInUiOrLatent =
      noClasses().that().resideInAnyPackage(ROOT + "ui..", ROOT + "latent..")
          .should().dependOnClassesThat().resideInAPackage("ai.djl..");

  @ArchTest
  static final ArchRule latentDependsOnNothingElse =
      noClasses().that().resideInAPackage(ROOT + "latent..")
          .should().dependOnClassesThat().resideInAnyPackage(ROOT + "data..", ROOT + "model..",
              ROOT + "train..", ROOT + "inference..", ROOT + "ui..", ROOT + "cli..", ROOT + "app..");

  @ArchTest
  static final ArchRule uiUsesOnlyInferenceLatentAndData =
      noClasses().that().resideInAPackage(ROOT + "ui..")
          .should().dependOnClassesThat().resideInAnyPackage(ROOT + "model..", ROOT + "train..",
              ROOT + "cli..");

  @ArchTest
  static final ArchRule inferenceDoesNotReachUp =
      noClasses().that().resideInAPackage(ROOT + "inference..")
          .should().dependOnClassesThat().resideInAnyPackage(ROOT + "train..", ROOT + "ui..",
              ROOT + "cli..", ROOT + "app..");

  @ArchTest
  static final ArchRule modelDoesNotReachUp =
      noClasses().that().resideInAPackage(ROOT + "model..")
          .should().dependOnClassesThat().resideInAnyPackage(ROOT + "train..", ROOT + "inference..",
              ROOT + "ui..", ROOT + "cli..", ROOT + "app..");

  @ArchTest
  static final ArchRule dataIsTheBottom =
      noClasses().that().resideInAPackage(ROOT + "data..")
          .should().dependOnClassesThat().resideInAnyPackage(ROOT + "model..", ROOT + "train..",
              ROOT + "inference..", ROOT + "ui..", ROOT + "cli..", ROOT + "app..");
}
