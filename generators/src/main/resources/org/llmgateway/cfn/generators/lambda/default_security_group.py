"""Empties the VPC's default security group, as AWS CDK's restrictDefaultSecurityGroup does.

CloudFormation calls handler() as the custom resource Custom::DefaultSecurityGroupRestriction.
On Create and Update it revokes the two rules EC2 gives every default group (all traffic from
the group itself, all traffic out to anywhere), so an interface that lands in the default group
by mistake can neither be reached nor send. A rule already gone counts as revoked, so a retried
or repeated request succeeds. Delete changes nothing: the group goes with the VPC.

The answer goes back through cfnresponse, the module CloudFormation adds to inline (ZipFile)
code. Describe calls are avoided on purpose: they take no resource, and the role may act on this
one group only.
"""
import logging

import boto3
from botocore.exceptions import ClientError

import cfnresponse

log = logging.getLogger("default-security-group")
log.setLevel(logging.INFO)

ALREADY_GONE = "InvalidPermission.NotFound"


def default_rules(group_id, account_id):
    """The ingress and egress rules EC2 creates in a VPC's default group (IPv4 VPC)."""
    ingress = [{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": group_id, "UserId": account_id}]}]
    egress = [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]
    return ingress, egress


def revoke(ec2, group_id, account_id):
    ingress, egress = default_rules(group_id, account_id)
    for direction, call, rules in (("ingress", ec2.revoke_security_group_ingress, ingress),
                                   ("egress", ec2.revoke_security_group_egress, egress)):
        try:
            call(GroupId=group_id, IpPermissions=rules)
            log.info("revoked the default %s rule of %s", direction, group_id)
        except ClientError as error:
            if error.response["Error"]["Code"] != ALREADY_GONE:
                raise
            log.info("the default %s rule of %s was already revoked", direction, group_id)


def handler(event, context):
    properties = event.get("ResourceProperties", {})
    group_id = properties.get("GroupId", "")
    physical_id = event.get("PhysicalResourceId") or f"{group_id}|default-rules-revoked"
    try:
        if event["RequestType"] in ("Create", "Update"):
            revoke(boto3.client("ec2"), group_id, properties["AccountId"])
    except Exception as error:  # CloudFormation waits an hour for an answer that never comes
        log.error("%s of %s failed: %s", event.get("RequestType"), group_id, error)
        cfnresponse.send(event, context, cfnresponse.FAILED, {}, physical_id,
                         reason=f"{type(error).__name__}: {error}"[:500])
        return
    cfnresponse.send(event, context, cfnresponse.SUCCESS, {}, physical_id)
