package org.llmgateway.cfn.model.intrinsic;

/**
 * A value made of properties: a nested property type of the generated resource model
 * ({@code SecurityGroup.Ingress}) or a tag. The one way outside this package to be an
 * {@link Expr}; its JSON is the object of its properties.
 */
public non-sealed interface PropertyValue extends Expr {}
