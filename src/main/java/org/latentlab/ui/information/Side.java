package org.latentlab.ui.information;

/** Which of the two distributions a control edits. */
enum Side {
  P("p"),
  Q("q");

  private final String symbol;

  Side(String symbol) {
    this.symbol = symbol;
  }

  String symbol() {
    return symbol;
  }
}
