package org.llmgateway.cfn.generators.stack;

import java.util.ArrayList;
import java.util.List;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.model.template.Parameter;

/** The tag set every taggable resource carries (see docs/tagging-strategy.md). */
public final class Tags {

  public static final String PROJECT = "litellm";
  public static final String MANAGED_BY = "litellm-cfn";

  private Tags() {}

  /** Name, Environment, Project, Stack and ManagedBy tags. */
  public static List<Tag> standard(Parameter environment, String stack, String nameSuffix) {
    List<Tag> tags = new ArrayList<>();
    tags.add(Tag.of("Name", Names.of(nameSuffix, Names.DEFAULT_LIMIT)));
    tags.addAll(withoutName(environment, stack));
    return tags;
  }

  /** For resources whose Name tag would be meaningless or that name themselves. */
  public static List<Tag> withoutName(Parameter environment, String stack) {
    return List.of(
        Tag.of("Environment", environment.ref()),
        Tag.of("Project", Expr.of(PROJECT)),
        Tag.of("Stack", Expr.of(stack)),
        Tag.of("ManagedBy", Expr.of(MANAGED_BY)));
  }
}
