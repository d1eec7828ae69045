package org.latentlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lesson files as a lecturer writes, shares and breaks them. */
class LessonsTest {
  @TempDir Path tmp;

  @Test
  void theBundledLessonFollowsTheNotesFromTheAutoencoderToTheVae() throws Exception {
    Lesson lesson = Lessons.bundled(Lessons.AE_TO_VAE);
    // 12–20 scenes for the AE → VAE storyline, and the scenes later issues add (draw, DAE, SAE).
    assertTrue(lesson.size() >= 12 && lesson.size() <= 24, lesson.size() + " scenes");
    List<String> captions = lesson.scenes().stream().map(Scene::caption).toList();
    assertTrue(captions.stream().anyMatch(c -> c.contains("z = μ + σ ⊙ ε")), "the trick");
    assertTrue(captions.stream().anyMatch(c -> c.contains("KL")), "the KL term");
    assertEquals(SceneTab.INFORMATION, lesson.scene(0).tab(), "it opens, as the notes do, on bits");
    assertTrue(lesson.scene(0).caption().contains("solar eclipse, p = 1/100: 6.64 bits"));
    Scene firstLatent =
        lesson.scenes().stream().filter(s -> s.tab() != SceneTab.INFORMATION).findFirst().get();
    assertEquals(SceneTab.LATENT, firstLatent.tab(), "then the AE's latent space");
    assertTrue(firstLatent.title().contains("autoencoder"), firstLatent.title());
    for (Scene s : lesson.scenes()) {
      long sentences = s.caption().split("[.:!?](\\s|$)").length;
      assertTrue(sentences <= 3, s.title() + ": " + sentences + " sentences");
    }
  }

  @Test
  void theBundledFileIsWhatWritingItGives() throws Exception {
    String bundled;
    try (var in = Lessons.class.getResourceAsStream(Lessons.AE_TO_VAE + ".json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(bundled, LessonJson.write(Lessons.bundled(Lessons.AE_TO_VAE)));
  }

  @Test
  void aSavedLessonReadsBackTheSameAndReplacesTheOldFileWhole() throws Exception {
    Lesson lesson = Lessons.bundled(Lessons.AE_TO_VAE);
    Path file = tmp.resolve("talks/my-lecture.json");
    Lessons.save(lesson, file);
    assertEquals(lesson, Lessons.read(file));

    Lesson shorter = new Lesson("Short", lesson.scenes().subList(0, 2));
    Lessons.save(shorter, file);
    assertEquals(shorter, Lessons.read(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
    }
  }

  @Test
  void aFailedSaveKeepsTheOldLesson() throws Exception {
    Path file = tmp.resolve("lesson.json");
    Lesson lesson = Lessons.bundled(Lessons.AE_TO_VAE);
    Lessons.save(lesson, file);
    Files.createDirectories(tmp.resolve(".lesson.json.part/blocker"));
    assertThrows(IOException.class, () -> Lessons.save(new Lesson("Other", lesson.scenes()), file));
    assertEquals(lesson, Lessons.read(file));
  }

  private Lesson readText(String json) throws IOException {
    Path file = tmp.resolve("broken.json");
    Files.writeString(file, json);
    return Lessons.read(file);
  }

  private static String withScene(String scene) {
    return "{\"format\":\"latentlab-lesson\",\"version\":1,\"title\":\"T\",\"scenes\":["
        + "{\"title\":\"First\",\"caption\":\"Fine.\",\"tab\":\"latent\"},"
        + scene
        + "]}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a misspelt tab | {\"title\":\"Holes\",\"caption\":\"c\",\"tab\":\"latnt\"}"
            + " | scene 2 (“Holes”): 'tab': 'latnt' is not a tab; use one of latent, grid,",
        "a misspelt field | {\"title\":\"Holes\",\"captoin\":\"c\",\"tab\":\"latent\"}"
            + " | scene 2 (“Holes”): unknown field 'captoin'",
        "no caption | {\"title\":\"Holes\",\"tab\":\"latent\"} | scene 2 (“Holes”): 'caption' is missing",
        "a view of three numbers | {\"title\":\"Z\",\"caption\":\"c\",\"tab\":\"latent\","
            + "\"vae\":{\"view\":[1,2,3]}} | scene 2 (“Z”): 'vae.view' needs four numbers",
        "a plane model that is a number | {\"title\":\"Z\",\"caption\":\"c\",\"tab\":\"latent\","
            + "\"autoencoder\":{\"model\":7}} | scene 2 (“Z”): 'autoencoder.model' must be a bundled"
            + " model's name or a model folder's path",
        "a drawing's endpoint C | {\"title\":\"Pad\",\"caption\":\"c\",\"tab\":\"draw\","
            + "\"drawing\":{\"strokes\":[{\"brush\":20,\"xy\":[1,2]}],\"endpoint\":\"C\"}}"
            + " | scene 2 (“Pad”): 'drawing.endpoint' must be \"A\" or \"B\", not \"C\"",
        "a stroke with an odd number of coordinates | {\"title\":\"Pad\",\"caption\":\"c\","
            + "\"tab\":\"draw\",\"drawing\":{\"strokes\":[{\"brush\":20,\"xy\":[1,2,3]}]}}"
            + " | 'drawing.strokes.xy' needs pairs of numbers x, y",
        "too many samples | {\"title\":\"Z\",\"caption\":\"c\",\"tab\":\"inside\","
            + "\"overlays\":{\"epsilonSamples\":500}} | 'overlays.epsilonSamples' must be between 0"
            + " and 64, not 500",
        "three selected images | {\"title\":\"Z\",\"caption\":\"c\",\"tab\":\"latent\","
            + "\"selected\":[1,2,3]} | 'selected' holds at most two images",
        "a scene that is not an object | 7 | scene 2: a scene must be a JSON object",
        "a misspelt information field | {\"title\":\"Bits\",\"caption\":\"c\","
            + "\"tab\":\"information\",\"information\":{\"prest\":\"fair-coin\"}}"
            + " | scene 2 (“Bits”): unknown field 'information.prest'; known: gaussians, p,"
            + " preset, q",
        "p and q of different sizes | {\"title\":\"Bits\",\"caption\":\"c\","
            + "\"tab\":\"information\",\"information\":{\"p\":[1,1,1],\"q\":[1,1]}}"
            + " | 'information.p' has 3 weights but 'information.q' has 2",
        "a Gaussian with no width | {\"title\":\"Bits\",\"caption\":\"c\","
            + "\"tab\":\"information\",\"information\":{\"gaussians\":[0,0,0,1]}}"
            + " | 'information.gaussians' needs σ₁ and σ₂ above 0",
        "weights that are not numbers | {\"title\":\"Bits\",\"caption\":\"c\","
            + "\"tab\":\"information\",\"information\":{\"p\":[\"a\",1]}}"
            + " | 'information.p' must be a list of numbers",
      })
  void aBrokenSceneIsNamedWithItsField(String what, String scene, String message) {
    var e = assertThrows(LessonFormatException.class, () -> readText(withScene(scene)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().startsWith(tmp.resolve("broken.json").toString()), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  void anInformationSetupIsWrittenOnlyWhenSetAndReadsBackTheSame() throws Exception {
    Scene plain = Scene.of("Bits", "Plain.", SceneTab.INFORMATION);
    Scene set =
        Scene.of("Eclipse", "Set.", SceneTab.INFORMATION)
            .withInformation(
                new InformationSetup(
                    "sunrise-eclipse", List.of(99.0, 1.0), null, List.of(0.5, 0.8, 0.0, 1.0)));
    Lesson lesson = new Lesson("Info", List.of(plain, set));
    String text = LessonJson.write(lesson);
    assertEquals(1, text.split("\"information\" :", -1).length - 1, text);
    assertFalse(text.contains("\"q\""), "a list left out is not written");
    assertEquals(lesson, LessonJson.read(text, "info.json"));
  }

  @Test
  void notALessonAtAll() throws Exception {
    var e = assertThrows(LessonFormatException.class, () -> readText("{\"scenes\": [ }"));
    assertTrue(e.getMessage().contains("is not valid JSON (line 1"), e.getMessage());
    e =
        assertThrows(
            LessonFormatException.class,
            () -> readText(withScene("{}").replace("\"version\":1", "\"version\":2")));
    assertTrue(e.getMessage().contains("made by a newer LatentLab"), e.getMessage());
    Path bin = tmp.resolve("binary.json");
    Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    e = assertThrows(LessonFormatException.class, () -> Lessons.read(bin));
    assertTrue(e.getMessage().contains("not a text file"), e.getMessage());
    e = assertThrows(LessonFormatException.class, () -> Lessons.read(tmp));
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    assertThrows(
        java.nio.file.NoSuchFileException.class,
        () -> Lessons.open(tmp.resolve("nope.json").toString()));
  }
}
