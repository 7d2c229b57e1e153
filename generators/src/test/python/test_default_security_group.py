"""The default-security-group restriction Lambda against moto's EC2.

CloudFormation adds the cfnresponse module to inline code; here a stand-in records what the
function would send back, so each test can check the one answer CloudFormation waits for.
"""
import sys
import types

import boto3
import pytest
from moto import mock_aws

ACCOUNT = "123456789012"


class CloudFormationAnswers(types.ModuleType):
    """Stands in for cfnresponse: SUCCESS, FAILED and send(), which records each answer."""

    SUCCESS, FAILED = "SUCCESS", "FAILED"

    def __init__(self):
        super().__init__("cfnresponse")
        self.sent = []

    def send(self, event, context, status, data, physical_id=None, no_echo=False, reason=None):
        self.sent.append({"Status": status, "Data": data, "PhysicalResourceId": physical_id,
                          "Reason": reason, "RequestId": event["RequestId"]})

    @property
    def answer(self):
        assert len(self.sent) == 1, "exactly one answer goes back to CloudFormation"
        return self.sent[0]


@pytest.fixture
def cloudformation(monkeypatch):
    fake = CloudFormationAnswers()
    monkeypatch.setitem(sys.modules, "cfnresponse", fake)
    sys.modules.pop("default_security_group", None)
    import default_security_group
    yield fake, default_security_group
    sys.modules.pop("default_security_group", None)


@pytest.fixture
def ec2(monkeypatch):
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        yield boto3.client("ec2")


@pytest.fixture
def default_group(ec2):
    """A new VPC's default group, with the rules EC2 gives it (moto adds egress only)."""
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    group = ec2.describe_security_groups(Filters=[
        {"Name": "vpc-id", "Values": [vpc]}, {"Name": "group-name", "Values": ["default"]}])[
        "SecurityGroups"][0]["GroupId"]
    if not rules(ec2, group)[0]:
        ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[
            {"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": group, "UserId": ACCOUNT}]}])
    return group


def rules(ec2, group):
    found = ec2.describe_security_groups(GroupIds=[group])["SecurityGroups"][0]
    return found["IpPermissions"], found["IpPermissionsEgress"]


def event(request_type, group, **extra):
    value = {"RequestType": request_type, "ResponseURL": "https://cfn-response.example/signed",
             "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/dev-network-stack/1",
             "RequestId": "request-1", "LogicalResourceId": "DefaultSecurityGroupRestriction",
             "ResourceType": "Custom::DefaultSecurityGroupRestriction",
             "ResourceProperties": {"ServiceToken": "arn:aws:lambda:fn", "GroupId": group,
                                    "AccountId": ACCOUNT}}
    value.update(extra)
    return value


def test_the_default_group_starts_with_ec2s_rules(ec2, default_group):
    ingress, egress = rules(ec2, default_group)
    assert ingress and egress


@pytest.mark.parametrize("request_type", ["Create", "Update"])
def test_create_and_update_leave_the_default_group_without_any_rule(ec2, default_group,
                                                                      cloudformation,
                                                                      request_type):
    answers, function = cloudformation
    function.handler(event(request_type, default_group), None)
    assert rules(ec2, default_group) == ([], [])
    assert answers.answer["Status"] == "SUCCESS"
    assert answers.answer["PhysicalResourceId"] == f"{default_group}|default-rules-revoked"


def test_a_second_request_finds_the_rules_gone_and_still_succeeds(ec2, default_group,
                                                                   cloudformation):
    answers, function = cloudformation
    function.handler(event("Create", default_group), None)
    function.handler(event("Update", default_group,
                           PhysicalResourceId=f"{default_group}|default-rules-revoked"), None)
    assert [a["Status"] for a in answers.sent] == ["SUCCESS", "SUCCESS"]
    assert rules(ec2, default_group) == ([], [])


def test_delete_changes_nothing(ec2, default_group, cloudformation):
    answers, function = cloudformation
    before = rules(ec2, default_group)
    function.handler(event("Delete", default_group, PhysicalResourceId="kept-id"), None)
    assert rules(ec2, default_group) == before
    assert answers.answer["Status"] == "SUCCESS"
    assert answers.answer["PhysicalResourceId"] == "kept-id"


def test_a_group_that_does_not_exist_answers_failed_instead_of_leaving_cloudformation_waiting(
        ec2, cloudformation):
    answers, function = cloudformation
    function.handler(event("Create", "sg-0123456789abcdef0"), None)
    assert answers.answer["Status"] == "FAILED"
    assert "InvalidGroup.NotFound" in answers.answer["Reason"]


def test_only_the_default_groups_rules_are_touched(ec2, default_group, cloudformation):
    answers, function = cloudformation
    vpc = ec2.describe_security_groups(GroupIds=[default_group])["SecurityGroups"][0]["VpcId"]
    other = ec2.create_security_group(GroupName="app", Description="app", VpcId=vpc)["GroupId"]
    before = rules(ec2, other)
    function.handler(event("Create", default_group), None)
    assert rules(ec2, other) == before
    assert answers.answer["Status"] == "SUCCESS"
