package org.latentlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One-line JSON objects for {@code --json} output (Jackson underneath). */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ObjectNode node = MAPPER.createObjectNode();

  public static Json object() {
    return new Json();
  }

  public Json put(String key, Object value) {
    node.set(key, MAPPER.valueToTree(value));
    return this;
  }

  public String toJson() {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
