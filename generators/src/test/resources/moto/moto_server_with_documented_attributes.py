"""Runs moto_server with the Fn::GetAtt attributes that AWS documents and moto 5.2 lacks.

moto answers GetAtt of these attributes with an error (TargetGroupFullName: HTTP 500) or with
nothing (LoadBalancerFullName, CanonicalHostedZoneID), so a template that follows the AWS
documentation cannot be created on it. The templates stay as AWS documents them; this launcher
gives moto the values AWS would return, in AWS's formats:

- AWS::ElasticLoadBalancingV2::TargetGroup  TargetGroupFullName  targetgroup/<name>/<id>
  (the ARN's resource part; used as the TargetGroup dimension of ALB metrics)
- AWS::ElasticLoadBalancingV2::LoadBalancer LoadBalancerFullName app/<name>/<id>
- AWS::ElasticLoadBalancingV2::LoadBalancer CanonicalHostedZoneID  the ELB zone of the region

Only these attribute names are answered here; every other attribute, and everything else, is
stock moto_server. Arguments are moto_server's.
"""
import sys

from moto.elbv2 import models as elbv2

# Route 53 zone ids of Application Load Balancers, from the AWS "Elastic Load Balancing endpoints
# and quotas" table; regions not listed fall back to us-east-1's, which only moto ever sees.
ALB_HOSTED_ZONES = {
    "us-east-1": "Z35SXDOTRQ7X7K",
    "us-east-2": "Z3AADJGX6KTTL2",
    "us-west-1": "Z368ELLRRE2KJ0",
    "us-west-2": "Z1H1FL5HABSF5",
    "eu-west-1": "Z32O12XQLNTSW2",
    "eu-central-1": "Z215JYRZR1TBD5",
}


def _resource_part(arn, kind):
    """arn:aws:elasticloadbalancing:<region>:<account>:<kind>/<rest> -> <rest>."""
    return arn.split(":" + kind + "/", 1)[1]


def _target_group_attribute(original):
    def get_cfn_attribute(self, name):
        if name == "TargetGroupFullName":
            return "targetgroup/" + _resource_part(self.arn, "targetgroup")
        if name == "TargetGroupName":
            return self.name
        if original is not None:
            return original(self, name)
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException

        raise UnformattedGetAttTemplateException()

    return get_cfn_attribute


def _load_balancer_attribute(original):
    def get_cfn_attribute(self, name):
        if name == "LoadBalancerFullName":
            return _resource_part(self.arn, "loadbalancer")
        if name == "CanonicalHostedZoneID":
            region = self.arn.split(":")[3]
            return ALB_HOSTED_ZONES.get(region, ALB_HOSTED_ZONES["us-east-1"])
        return original(self, name)

    return get_cfn_attribute


elbv2.FakeTargetGroup.get_cfn_attribute = _target_group_attribute(
    elbv2.FakeTargetGroup.__dict__.get("get_cfn_attribute"))
elbv2.FakeLoadBalancer.get_cfn_attribute = _load_balancer_attribute(
    elbv2.FakeLoadBalancer.get_cfn_attribute)

if __name__ == "__main__":
    from moto.server import main

    sys.argv[0] = "moto_server"
    sys.exit(main())
