package org.latentlab.latent.info;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The binary prefix code a sender and receiver agree on for p, with the shortest average message
 * (Huffman, "A Method for the Construction of Minimum-Redundancy Codes", 1952): repeatedly merge
 * the two least likely subtrees. Its average length L_p under p lies in [H(p), H(p) + 1) bits; used
 * for messages drawn from another distribution q it averages L_q, close to the cross-entropy H(q,
 * p) (the code is made for p, the messages follow q).
 */
public final class HuffmanCode {
  private final Distribution p;
  private final String[] codewords;

  private HuffmanCode(Distribution p, String[] codewords) {
    this.p = p;
    this.codewords = codewords;
  }

  /** The Huffman code of p; ties are broken by the lowest outcome index, so it is repeatable. */
  public static HuffmanCode of(Distribution p) {
    record Node(double weight, int order, List<Integer> outcomes) {}
    PriorityQueue<Node> queue =
        new PriorityQueue<>(
            (a, b) ->
                a.weight() != b.weight()
                    ? Double.compare(a.weight(), b.weight())
                    : Integer.compare(a.order(), b.order()));
    for (int i = 0; i < p.size(); i++) {
      queue.add(new Node(p.p(i), i, List.of(i)));
    }
    StringBuilder[] code = new StringBuilder[p.size()];
    for (int i = 0; i < code.length; i++) {
      code[i] = new StringBuilder();
    }
    int order = p.size();
    while (queue.size() > 1) {
      Node zero = queue.poll();
      Node one = queue.poll();
      // Bits are prepended: the last merge decides the first bit.
      for (int i : zero.outcomes()) {
        code[i].insert(0, '0');
      }
      for (int i : one.outcomes()) {
        code[i].insert(0, '1');
      }
      List<Integer> both = new ArrayList<>(zero.outcomes());
      both.addAll(one.outcomes());
      queue.add(new Node(zero.weight() + one.weight(), order++, both));
    }
    String[] words = new String[code.length];
    for (int i = 0; i < words.length; i++) {
      words[i] = code[i].toString();
    }
    return new HuffmanCode(p, words);
  }

  /** The distribution the code was made for. */
  public Distribution distribution() {
    return p;
  }

  /** The codeword of outcome {@code i}, as 0s and 1s. */
  public String codeword(int i) {
    return codewords[i];
  }

  /** How many outcomes. */
  public int size() {
    return codewords.length;
  }

  /** The average message length in bits when outcomes follow {@code messages}: Σ_x r(x)·len(x). */
  public double averageLength(Distribution messages) {
    if (messages.size() != codewords.length) {
      throw new IllegalArgumentException(
          "the code has " + codewords.length + " words but the messages " + messages.size());
    }
    double length = 0;
    for (int i = 0; i < codewords.length; i++) {
      length += messages.p(i) * codewords[i].length();
    }
    return length;
  }
}
