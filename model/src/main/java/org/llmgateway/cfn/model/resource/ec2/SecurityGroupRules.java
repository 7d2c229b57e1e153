package org.llmgateway.cfn.model.resource.ec2;

import java.util.Optional;
import java.util.regex.Pattern;

/** The checks inbound and outbound rules, inline or standalone, share. */
final class SecurityGroupRules {

  /** EC2's rule descriptions: at most 255 of a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=;{}!$* */
  private static final Pattern RULE_DESCRIPTION =
      Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=;{}!$*]{0,255}");

  /** Group descriptions allow the same characters and {@code &}. */
  static final Pattern GROUP_DESCRIPTION =
      Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]{1,255}");

  private SecurityGroupRules() {}

  static Optional<String> portProblem(
      String protocol, Optional<Integer> from, Optional<Integer> to, Optional<String> description) {
    if ((protocol.equals("tcp") || protocol.equals("udp"))
        && (from.isEmpty() || to.isEmpty() || from.get() < 0 || to.get() > 65535
            || from.get() > to.get())) {
      return Optional.of(
          protocol + " rules need FromPort <= ToPort within 0-65535, not " + from + ".." + to);
    }
    if (description.isPresent() && !RULE_DESCRIPTION.matcher(description.get()).matches()) {
      return Optional.of(
          "description '" + description.get()
              + "' is over 255 characters or has characters EC2 refuses");
    }
    return Optional.empty();
  }
}
