package org.latentlab.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one line the CLI and the window say for a failure. */
class ErrorMessagesTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            new IOException("bad-images.idx is not an IDX file"),
            "bad-images.idx is not an IDX file"),
        Arguments.of(new NoSuchFileException("/data/none"), "no such file or folder: /data/none"),
        Arguments.of(new AccessDeniedException("/root/m"), "permission denied: /root/m"),
        Arguments.of(new FileAlreadyExistsException("/tmp/m"), "already exists: /tmp/m"),
        Arguments.of(
            new UncheckedIOException(new NoSuchFileException("/x")), "no such file or folder: /x"),
        Arguments.of(new UncheckedIOException("read", new IOException("disk full")), "disk full"),
        Arguments.of(
            new IllegalStateException(null, new IOException("truncated file")), "truncated file"),
        Arguments.of(
            new RuntimeException(" ", new IllegalArgumentException()), "IllegalArgumentException"),
        Arguments.of(new IllegalStateException(), "IllegalStateException"),
        Arguments.of(
            new IOException("first line\n  second line\r\nthird"), "first line second line third"),
        Arguments.of(
            new IllegalArgumentException("says something", new IOException("inner")),
            "says something"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void everyFailureIsOneLineSayingWhatHappened(Throwable failure, String expected) {
    assertEquals(expected, ErrorMessages.oneLine(failure));
  }
}
