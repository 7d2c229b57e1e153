package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

/** The protocols of Application Load Balancer listeners and target groups. */
public enum Protocol {
  HTTP,
  HTTPS
}
