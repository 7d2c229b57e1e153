package org.llmgateway.cfn.generators.stack.alb;

import org.llmgateway.cfn.model.template.ExportName;

/** What the alb stack exports; importing stacks use these constants, never the strings. */
public final class AlbExports {

  private AlbExports() {}

  public static final String STACK = "alb";

  public static final ExportName LOAD_BALANCER_ARN = ExportName.of(STACK, "LoadBalancerArn");
  public static final ExportName LOAD_BALANCER_DNS_NAME = ExportName.of(STACK, "LoadBalancerDnsName");
  /** {@code app/<name>/<id>}: the LoadBalancer dimension of ALB metrics. */
  public static final ExportName LOAD_BALANCER_FULL_NAME =
      ExportName.of(STACK, "LoadBalancerFullName");
  public static final ExportName HTTP_LISTENER_ARN = ExportName.of(STACK, "HttpListenerArn");
  /** The listener that carries traffic: HTTPS when a domain is given, else HTTP. */
  public static final ExportName SERVING_LISTENER_ARN = ExportName.of(STACK, "ServingListenerArn");
  public static final ExportName TARGET_GROUP_ARN = ExportName.of(STACK, "TargetGroupArn");
  /** {@code targetgroup/<name>/<id>}: the TargetGroup dimension of ALB metrics. */
  public static final ExportName TARGET_GROUP_FULL_NAME = ExportName.of(STACK, "TargetGroupFullName");
  /** The URL clients use: https://domain or http://alb-dns-name. */
  public static final ExportName ENDPOINT_URL = ExportName.of(STACK, "EndpointUrl");
}
