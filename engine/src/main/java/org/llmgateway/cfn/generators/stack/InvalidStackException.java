package org.llmgateway.cfn.generators.stack;

/**
 * A stack generator that cannot build a valid template from what it was given (for example a
 * dashboard metric naming no resource). The command line prints the message, which names the
 * stack, the field and the reason, and exits 2 without writing anything; an application's stack
 * throws a subclass so the engine needs to know none of them.
 */
public class InvalidStackException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidStackException(String message) {
    super(message);
  }
}
