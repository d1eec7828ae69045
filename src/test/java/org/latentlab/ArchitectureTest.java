package org.latentlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the style guide, each rule with its reason. Dependencies point one way: {@code ui →
 * inference, latent}; {@code cli → train, data, model, inference, latent}; {@code inference →
 * model, latent}; {@code latent} depends on nothing.
 */
@AnalyzeClasses(packages = "org.latentlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "org.latentlab.";

  @ArchTest
  static final ArchRule latentIsPlainJava =
      classes()
          .that()
          .resideInAPackage(ROOT + "latent..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", ROOT + "latent..")
          .because(
              "the lecture's math must be testable and readable without an engine or a screen");

  @ArchTest
  static final ArchRule errorMessagesArePlainJava =
      classes()
          .that()
          .resideInAPackage(ROOT + "error..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", ROOT + "error..")
          .because(
              "the CLI and the window say a failure in the same words, so every layer must be"
                  + " able to use them");

  @ArchTest
  static final ArchRule exportsArePlainFiles =
      classes()
          .that()
          .resideInAPackage(ROOT + "export..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "javax.imageio..", "org.w3c.dom..", ROOT + "export..")
          .because(
              "the window and the CLI write the same GIF and CSV files, so the writers cannot"
                  + " depend on either, nor on a toolkit or an engine");

  @ArchTest
  static final ArchRule lessonsAreDocuments =
      classes()
          .that()
          .resideInAPackage(ROOT + "lesson..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "com.fasterxml.jackson..", ROOT + "lesson..")
          .because(
              "a lesson is a file a lecturer shares: the window plays it and render draws it, so"
                  + " its format and checks cannot depend on either");

  @ArchTest
  static final ArchRule javafxOnlyInUiAndApp =
      noClasses()
          .that()
          .resideOutsideOfPackages(ROOT + "ui..", ROOT + "app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("the CLI and the model code run headless, without a JavaFX toolkit");

  @ArchTest
  static final ArchRule uiSeesOnlyInferenceAndLatent =
      classes()
          .that()
          .resideInAPackage(ROOT + "ui..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "javax.imageio..",
              "javafx..",
              ROOT + "ui..",
              ROOT + "inference..",
              ROOT + "latent..",
              ROOT + "lesson..",
              ROOT + "export..",
              ROOT + "error..")
          .because(
              "the window reaches models and data only through plain-Java interfaces that"
                  + " the app wires in, so views are tested with fakes and never touch a tensor");

  @ArchTest
  static final ArchRule inferenceDoesNotReachUp =
      noClasses()
          .that()
          .resideInAPackage(ROOT + "inference..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT + "train..", ROOT + "ui..", ROOT + "cli..", ROOT + "app..")
          .because("a loaded model is used by training, the CLI and the window alike");

  @ArchTest
  static final ArchRule modelDoesNotReachUp =
      noClasses()
          .that()
          .resideInAPackage(ROOT + "model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT + "train..", ROOT + "inference..", ROOT + "ui..", ROOT + "cli..", ROOT + "app..")
          .because("the networks and their files know nothing of how they are trained or shown");

  @ArchTest
  static final ArchRule trainDoesNotReachUp =
      noClasses()
          .that()
          .resideInAPackage(ROOT + "train..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT + "ui..", ROOT + "cli..", ROOT + "app..")
          .because("one training path serves the CLI and the window; it reports, they present");

  @ArchTest
  static final ArchRule dataIsTheBottom =
      noClasses()
          .that()
          .resideInAPackage(ROOT + "data..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT + "train..", ROOT + "inference..", ROOT + "ui..", ROOT + "cli..", ROOT + "app..")
          .because("reading images must not depend on what is done with them");

  @ArchTest
  static final ArchRule dataStartsTheEngineOnlyTheOfflineWay =
      noClasses()
          .that()
          .resideInAPackage(ROOT + "data..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "model classes other than EngineSetup",
                  (JavaClass c) ->
                      c.getPackageName().startsWith(ROOT + "model")
                          && !c.getSimpleName().equals("EngineSetup")))
          .because("DJL's datasets start the engine, which must be set up offline first");

  @ArchTest
  static final ArchRule viewModelsHoldNoNodes =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .transitivelyDependOnClassesThat()
          .resideInAPackage("javafx.scene..")
          .because(
              "a view model and everything it uses is state and commands, tested without a"
                  + " window; only views build nodes");

  @ArchTest
  static final ArchRule theBenchmarkIsAttachedOnlyByItsCommand =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + "app.bench..")
          .and()
          .doNotHaveFullyQualifiedName(ROOT + "app.Main")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + "app.bench..")
          .because(
              "probes are wired in only when the benchmark runs, never in the app a user opens");

  @ArchTest
  static final ArchRule theAutoencodersDoNotNeedTheClassifier =
      noClasses()
          .that()
          .resideInAnyPackage(ROOT + "model", ROOT + "train", ROOT + "inference")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT + "model.classifier..",
              ROOT + "train.classifier..",
              ROOT + "inference.classifier..")
          .because("the classifier only scores latent spaces; the AE and VAE stand without it");
}
