package org.latentlab.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The hole map's state and measuring hold no nodes, like the other view models. */
class QualityLayerRulesTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.latentlab.ui");

  @Test
  void holeMapStateAndMeasuringHoldNoNodes() {
    noClasses().that().haveNameMatching(
            "org\\.latentlab\\.ui\\.(HoleMapViewModel|PlaneQuality|ModelQuality|QualityText)(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
        .check(MAIN);
  }
}
