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
    assertTrue(lesson.size() >= 12 && lesson.size() <= 20, lesson.size() + " scenes");
    List<String> captions = lesson.scenes().stream().map(Scene::caption).toList();
    assertTrue(captions.stream().anyMatch(c -> c.contains("z = μ + σ ⊙ ε")), "the trick");
    assertTrue(captions.stream().anyMatch(c -> c.contains("KL")), "the KL term");
    assertEquals(SceneTab.LATENT, lesson.scene(0).tab(), "it opens on the AE's latent space");
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
        "too many samples | {\"title\":\"Z\",\"caption\":\"c\",\"tab\":\"inside\","
            + "\"overlays\":{\"epsilonSamples\":500}} | 'overlays.epsilonSamples' must be between 0"
            + " and 64, not 500",
        "three selected images | {\"title\":\"Z\",\"caption\":\"c\",\"tab\":\"latent\","
            + "\"selected\":[1,2,3]} | 'selected' holds at most two images",
        "a scene that is not an object | 7 | scene 2: a scene must be a JSON object",
      })
  void aBrokenSceneIsNamedWithItsField(String what, String scene, String message) {
    var e = assertThrows(LessonFormatException.class, () -> readText(withScene(scene)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().startsWith(tmp.resolve("broken.json").toString()), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
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
