package org.llmgateway.cfn.model.intrinsic;

import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.Mapping;
import org.llmgateway.cfn.model.template.Resource;

/**
 * The intrinsic functions. Targets are typed Java objects, never hand-typed logical ids, so a
 * renamed resource cannot leave a dangling reference behind and a wrong target does not compile:
 * {@code Ref} takes a {@link Referable} (a parameter, resource or pseudo parameter),
 * {@code Fn::GetAtt} a {@link Resource}, {@code Fn::FindInMap} a {@link Mapping}, and
 * {@code Fn::If} a {@link Condition}, whose expression is a {@link ConditionExpr}.
 */
public final class Fn {

  private Fn() {}

  public static Ref ref(Referable target) {
    return new Ref(target);
  }

  public static GetAtt getAtt(Resource resource, String attribute) {
    return new GetAtt(resource, attribute);
  }

  /**
   * {@code Fn::Sub} built from parts: a {@link String} is literal text, a {@link Referable} becomes
   * {@code ${LogicalId}} and a {@link GetAtt} becomes {@code ${LogicalId.Attribute}}.
   */
  public static Sub sub(Object... parts) {
    var text = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof String literal) {
        text.append(literal.replace("${", "${!"));
      } else if (part instanceof Referable target) {
        text.append("${").append(target.logicalId()).append('}');
      } else if (part instanceof GetAtt attribute) {
        text.append("${")
            .append(attribute.resource().logicalId())
            .append('.')
            .append(attribute.attribute())
            .append('}');
      } else {
        throw new IllegalArgumentException(
            "Fn.sub takes String, Referable or GetAtt parts, not " + part);
      }
    }
    return new Sub(text.toString(), Map.of());
  }

  /** {@code Fn::Sub} with a variable map; the template text names only the given variables. */
  public static Sub subWith(String template, Map<String, Expr> variables) {
    return new Sub(template, variables);
  }

  public static Join join(String delimiter, List<? extends Expr> values) {
    return new Join(delimiter, List.copyOf(values));
  }

  public static Select select(int index, Expr list) {
    return new Select(index, list);
  }

  public static Split split(String delimiter, Expr source) {
    return new Split(delimiter, source);
  }

  /** {@code Fn::GetAZs ""}: the availability zones of the stack's region. */
  public static GetAZs getAZs() {
    return new GetAZs("");
  }

  public static Cidr cidr(Expr ipBlock, int count, int cidrBits) {
    return new Cidr(ipBlock, count, cidrBits);
  }

  public static ImportValue importValue(Expr exportName) {
    return new ImportValue(exportName);
  }

  public static Base64 base64(Expr value) {
    return new Base64(value);
  }

  public static FindInMap findInMap(Mapping mapping, Expr topLevelKey, Expr secondLevelKey) {
    return new FindInMap(mapping, topLevelKey, secondLevelKey);
  }

  public static If ifThen(Condition condition, Expr whenTrue, Expr whenFalse) {
    return new If(condition, whenTrue, whenFalse);
  }

  /** {@code Fn::If} that drops the property entirely when the condition is false. */
  public static If onlyIf(Condition condition, Expr whenTrue) {
    return ifThen(condition, whenTrue, noValue());
  }

  public static ConditionExpr equalsTo(Expr left, Expr right) {
    return new ConditionExpr.Equals(left, right);
  }

  public static ConditionExpr and(ConditionExpr... conditions) {
    return new ConditionExpr.And(List.of(conditions));
  }

  public static ConditionExpr or(ConditionExpr... conditions) {
    return new ConditionExpr.Or(List.of(conditions));
  }

  public static ConditionExpr not(ConditionExpr condition) {
    return new ConditionExpr.Not(condition);
  }

  /** A reference to another named condition inside a condition expression. */
  public static ConditionExpr condition(Condition condition) {
    return new ConditionExpr.Named(condition);
  }

  public static Ref noValue() {
    return ref(Pseudo.NO_VALUE);
  }

  public static Ref region() {
    return ref(Pseudo.REGION);
  }

  public static Ref accountId() {
    return ref(Pseudo.ACCOUNT_ID);
  }

  public static Ref partition() {
    return ref(Pseudo.PARTITION);
  }

  public static Ref stackName() {
    return ref(Pseudo.STACK_NAME);
  }

  public static Ref urlSuffix() {
    return ref(Pseudo.URL_SUFFIX);
  }
}
