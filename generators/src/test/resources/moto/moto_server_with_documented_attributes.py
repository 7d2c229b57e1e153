"""Runs moto_server with the CloudFormation behaviour AWS documents and moto 5.2 lacks.

moto answers GetAtt of these attributes with an error (TargetGroupFullName: HTTP 500) or with
nothing (LoadBalancerFullName, CanonicalHostedZoneID), so a template that follows the AWS
documentation cannot be created on it. The templates stay as AWS documents them; this launcher
gives moto the values AWS would return, in AWS's formats:

- AWS::ElasticLoadBalancingV2::TargetGroup  TargetGroupFullName  targetgroup/<name>/<id>
  (the ARN's resource part; used as the TargetGroup dimension of ALB metrics)
- AWS::ElasticLoadBalancingV2::LoadBalancer LoadBalancerFullName app/<name>/<id>
- AWS::ElasticLoadBalancingV2::LoadBalancer CanonicalHostedZoneID  the ELB zone of the region

And two forms AWS documents:

- !GetAtt DBInstance.Endpoint.Address: CloudFormation splits the short form at the first dot
  only (attribute Endpoint.Address); moto splits at every dot and then finds no attribute
  "Endpoint".

- AWS::KMS::Key Tags are documented as [{Key, Value}] and KeyPolicy as a JSON object; moto's
  CloudFormation hands both to its KMS API code, which expects the API's [{TagKey, TagValue}]
  and a policy string, and fails (KeyError 'TagKey'; later HTTP 500 on DescribeKey). The
  launcher converts them before moto creates the key.

- Ref of an AWS::RDS::DBParameterGroup is documented as the group's name; moto hands the
  DB instance the Python object instead and fails ("'DBParameterGroup' object has no attribute
  'startswith'"). The launcher gives the group the name as its Ref value.

- RDS backup and maintenance windows that touch (03:00-04:00 and sun:04:00-sun:05:00) do not
  overlap, and AWS accepts them; moto counts a zero-second overlap as a conflict. The launcher
  makes moto count only a real overlap.

And one resource type moto's CloudFormation skips although its Secrets Manager has it:

- AWS::SecretsManager::Secret: moto 5.2 creates nothing, so Ref gives no ARN, the security
  stack's five secret-ARN exports are missing and every stack importing them fails. The
  launcher creates the secret in moto's Secrets Manager (Name, Description, KmsKeyId, Tags,
  SecretString or GenerateSecretString) and answers Ref with its ARN, as AWS documents.

And one thing this machine lacks rather than moto:

- A custom resource (Custom::*) is answered by its Lambda function. moto runs function code only
  in Docker, which these machines do not have, so the request would never be answered and the
  stack would stay CREATE_IN_PROGRESS for ever. The launcher answers SUCCESS, without data, as
  soon as moto creates the custom resource. This stands in for the function; the functions are
  tested on their own (with moto, in process) by the stacks that own them.

Only these attribute names, this property and custom resources are handled here; every other attribute, and everything else, is
stock moto_server. Arguments are moto_server's.
"""
import json
import secrets
import string
import sys

from moto.elbv2 import models as elbv2
from moto.cloudformation import custom_model
from moto.cloudformation import models as cloudformation_models
from moto.cloudformation import utils as cloudformation_utils
from moto.kms import models as kms
from moto.rds import models as rds
from moto.rds import utils as rds_utils

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

def _kms_key_with_cloudformation_tags(original):
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, *args, **kwargs):
        properties = cloudformation_json["Properties"]
        properties["Tags"] = [
            {"TagKey": t["Key"], "TagValue": t["Value"]} if "Key" in t else t
            for t in properties.get("Tags", [])
        ]
        if isinstance(properties.get("KeyPolicy"), dict):
            properties["KeyPolicy"] = json.dumps(properties["KeyPolicy"])
        return original(resource_name, cloudformation_json, *args, **kwargs)

    return classmethod(create_from_cloudformation_json)


kms.Key.create_from_cloudformation_json = _kms_key_with_cloudformation_tags(
    kms.Key.create_from_cloudformation_json)

if not hasattr(rds.DBParameterGroup, "physical_resource_id"):
    rds.DBParameterGroup.physical_resource_id = property(lambda group: group.name)


def _overlap_without_touching(original):
    def overlap(start_1, end_1, start_2, end_2):
        seconds = original(start_1, end_1, start_2, end_2)
        return -1 if seconds == 0 else seconds

    return overlap


rds_utils.get_overlap_between_two_date_ranges = _overlap_without_touching(
    rds_utils.get_overlap_between_two_date_ranges)


def _yaml_tag_constructor(original):
    def construct(loader, tag, node):
        if tag == "!GetAtt" and not isinstance(node.value, list):
            return {"Fn::GetAtt": node.value.split(".", 1)}
        return original(loader, tag, node)

    return construct


cloudformation_models.yaml_tag_constructor = _yaml_tag_constructor(
    cloudformation_utils.yaml_tag_constructor)


from moto.core.common_models import CloudFormationModel  # noqa: E402
from moto.secretsmanager.models import secretsmanager_backends  # noqa: E402


def _generated_secret_string(spec):
    """A GenerateSecretString value: a random password, alone or merged into the template."""
    alphabet = string.ascii_letters + string.digits
    if not spec.get("ExcludePunctuation", False):
        alphabet += string.punctuation
    alphabet = "".join(c for c in alphabet if c not in spec.get("ExcludeCharacters", ""))
    password = "".join(secrets.choice(alphabet) for _ in range(int(spec.get("PasswordLength", 32))))
    if "SecretStringTemplate" in spec and "GenerateStringKey" in spec:
        value = json.loads(spec["SecretStringTemplate"])
        value[spec["GenerateStringKey"]] = password
        return json.dumps(value)
    return password


class CloudFormationSecret(CloudFormationModel):
    """AWS::SecretsManager::Secret backed by moto's own Secrets Manager."""

    # moto's model metaclass files a model under the service named by its module
    __module__ = "moto.secretsmanager.models"

    def __init__(self, arn, name):
        self.arn = arn
        self.name = name

    @staticmethod
    def cloudformation_name_type():
        return "Name"

    @staticmethod
    def cloudformation_type():
        return "AWS::SecretsManager::Secret"

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr == "Id"

    def get_cfn_attribute(self, attribute_name):
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException

        if attribute_name == "Id":
            return self.arn
        raise UnformattedGetAttTemplateException()

    @property
    def physical_resource_id(self):
        return self.arn

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name, **kwargs):
        properties = cloudformation_json.get("Properties", {})
        name = properties.get("Name", resource_name)
        value = properties.get("SecretString")
        if value is None:
            value = _generated_secret_string(properties.get("GenerateSecretString", {}))
        created = json.loads(secretsmanager_backends[account_id][region_name].create_secret(
            name=name, secret_string=value, secret_binary=None,
            description=properties.get("Description"), tags=properties.get("Tags", []),
            kms_key_id=properties.get("KmsKeyId"), client_request_token=None,
            replica_regions=[], force_overwrite=False))
        return cls(created["ARN"], name)

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name,
                                        cloudformation_json, account_id, region_name):
        # the secret's value is owned by rotation, not by the template: an update keeps it
        return original_resource

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name):
        secretsmanager_backends[account_id][region_name].delete_secret(
            resource_name, recovery_window_in_days=None, force_delete_without_recovery=True)

    def is_created(self):
        return True


def _custom_resource_answered_at_once(cls, resource_name, cloudformation_json, account_id,
                                      region_name, **kwargs):
    from moto.cloudformation import cloudformation_backends
    from moto.moto_api._internal import mock_random

    resource = custom_model.CustomModel(
        region_name, str(mock_random.uuid4()), kwargs["LogicalId"], resource_name)
    stack = cloudformation_backends[account_id][region_name].get_stack(kwargs["StackId"])
    stack.add_custom_resource(resource)
    resource.set_data({})
    return resource


custom_model.CustomModel.create_from_cloudformation_json = classmethod(
    _custom_resource_answered_at_once)

if __name__ == "__main__":
    from moto.server import main

    sys.argv[0] = "moto_server"
    sys.exit(main())
