"""Runs moto_server with the CloudFormation behaviour AWS documents and moto 5.2 lacks.

moto answers GetAtt of these attributes with an error (TargetGroupFullName: HTTP 500) or with
nothing (LoadBalancerFullName, CanonicalHostedZoneID), so a template that follows the AWS
documentation cannot be created on it. The templates stay as AWS documents them; this launcher
gives moto the values AWS would return, in AWS's formats:

- AWS::ElasticLoadBalancingV2::TargetGroup  TargetGroupFullName  targetgroup/<name>/<id>
  (the ARN's resource part; used as the TargetGroup dimension of ALB metrics)
- AWS::ElasticLoadBalancingV2::LoadBalancer LoadBalancerFullName app/<name>/<id>
- AWS::ElasticLoadBalancingV2::LoadBalancer CanonicalHostedZoneID  the ELB zone of the region

And forms and properties AWS documents:

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

- AWS::RDS::DBInstance DeletionProtection: moto's CloudFormation drops it, so a protected
  instance could be deleted with its stack. The launcher sets it on the instance moto creates.

- AWS::RDS::DBInstance ManageMasterUserPassword and MasterUserSecret.KmsKeyId: moto's RDS API
  creates the master user's secret, but its CloudFormation drops both properties and knows no
  GetAtt MasterUserSecret.SecretArn. The launcher has moto's RDS create the secret (encrypted
  with the given key) and answers the attribute with its ARN, as AWS documents.

- RDS backup and maintenance windows that touch (03:00-04:00 and sun:04:00-sun:05:00) do not
  overlap, and AWS accepts them; moto counts a zero-second overlap as a conflict. The launcher
  makes moto count only a real overlap.

And one resource type moto's CloudFormation skips although its Secrets Manager has it:

- AWS::SecretsManager::Secret: moto 5.2 creates nothing, so Ref gives no ARN, the security
  stack's five secret-ARN exports are missing and every stack importing them fails. The
  launcher creates the secret in moto's Secrets Manager (Name, Description, KmsKeyId, Tags,
  SecretString or GenerateSecretString) and answers Ref with its ARN, as AWS documents.

And one resource type moto's CloudFormation skips although its ElastiCache API has it:

- AWS::ElastiCache::ReplicationGroup: moto 5.2 creates nothing, so GetAtt PrimaryEndPoint.Address
  fails the cache stack ("references undefined resource"). The launcher answers Ref with the
  ReplicationGroupId and the documented attributes (PrimaryEndPoint.Address/Port,
  ReaderEndPoint.Address/Port) with an address of the documented form
  master.<id>.<hash>.<region-code>.cache.amazonaws.com; no node runs.

And one thing this machine lacks rather than moto:

- A custom resource (Custom::*) is answered by its Lambda function. moto runs function code only
  in Docker, which these machines do not have, so the request would never be answered and the
  stack would stay CREATE_IN_PROGRESS for ever. The launcher answers SUCCESS, without data, as
  soon as moto creates the custom resource. This stands in for the function; the functions are
  tested on their own (with moto, in process) by the stacks that own them.

And deleting a stack, which AWS documents as deleting every resource whose DeletionPolicy is not
Retain (and snapshotting those whose policy is Snapshot):

- moto drops NAT gateways, Elastic IPs, VPC endpoints, flow logs, route tables, routes, subnet route table
  associations, internet gateways and their attachment, target groups, listeners, listener rules,
  ECS clusters, services and task definitions from a deleted stack but leaves them in its
  backends, so the VPC "has dependencies" and the network stack cannot be deleted. The launcher
  gives each type a delete that calls moto's own EC2, ELBv2 or ECS backend, the way the AWS
  delete call would (a deleted NAT gateway, VPC endpoint, ECS cluster, service or task definition
  stays listed as deleted or INACTIVE, as on AWS).

- DeletionPolicy Snapshot on an RDS instance: moto deletes the instance without the final
  snapshot. The launcher takes it.

And two RDS questions the deploy's pre-flight asks, which moto 5.2 cannot answer for RDS for
PostgreSQL: DescribeDBEngineVersions is not implemented at all, and
DescribeOrderableDBInstanceOptions answers only aurora-postgresql and neptune (an empty list for
postgres, which reads as "this class cannot be created"). The launcher answers both for engine
postgres, in AWS's response format, from a small test data set (POSTGRES_ENGINE_VERSIONS and
POSTGRES_INSTANCE_CLASSES below; it is test data, not a statement of what AWS offers):

- 15.15 is available, and db.t3.micro, db.t3.small and db.t3.medium are orderable with it
  (Multi-AZ capable);
- 15.10 is deprecated (listed only with IncludeAll, like AWS lists a version it no longer
  creates), with 15.15 as its upgrade target, and nothing is orderable with it;
- any other version is unknown: an empty DBEngineVersions list, as AWS answers.

Other engines keep moto's own answers.

And ECS tasks, which moto starts but never stops: a task run on FARGATE from a task definition
whose family ends in "-litellm-migrate" (the deploy's one-off migration task) is STOPPED at once,
its essential container with exit code 0 and the stop reason ECS gives when an essential
container exits ("Essential container in task exited"). Test hook for a failing migration: when
the container's image tag ends in "-moto-exit-<N>" (e.g. "...:v1.2.3-moto-exit-3"), the exit code
is N. Other tasks keep moto's behaviour (RUNNING).

And AWS::ECS::Service NetworkConfiguration, which moto's CloudFormation drops: AWS keeps it and
DescribeServices returns it (awsvpcConfiguration with subnets, securityGroups, assignPublicIp);
the migration task runs in the service's subnets and security groups, so the launcher keeps it
on the service moto creates.

And Fargate task sizes: a Fargate task definition may size only the task (Cpu, Memory) and leave
the container's memory out, as AWS documents; moto's RunTask adds up container memory and fails
with HTTP 500 on the missing value. The launcher counts a missing container memory as 0. And an
awsvpc task's network interface: moto's Task reads a private DNS name its NetworkInterface lacks
(HTTP 500); the launcher gives the interface the name AWS gives (ip-<address>.ec2.internal), and
deletes it when a migration task stops, as ECS does.

And AWS::NoValue in a list, which CloudFormation documents as removing the item (the litellm
task definition's trace collector is `Fn::If [HasTracing, {...}, !Ref AWS::NoValue]` in
ContainerDefinitions): moto resolves it to None and keeps the None in the list, and its ECS then
fails on it (HTTP 500, "argument of type 'NoneType' is not iterable"). The launcher drops the
None items of a resolved list.

And one request at a time: moto_server answers each request on a thread of its own, but its
CloudFormation state is not safe for that. A CreateStack resolving Fn::ImportValue iterates over
the exports while the CreateStack of another stack in the same deploy wave adds to them
("OrderedDict mutated during iteration", HTTP 500); the SDK then retries, and moto, which
ignores ClientRequestToken, answers AlreadyExists (seen 2026-12-02, SchemaMigrationOnMotoTest).
CloudFormation creates the stacks of a wave side by side; the launcher has moto handle one
request at a time, which changes no answer, only the order.

And no default AMIs: moto builds its EC2 backend afresh after every reset (the tests reset the
server before each class) and loads about 25,000 default machine images into it each time, 45 ms
of CPU, although nothing here uses an AMI (the tasks run on Fargate). The launcher turns that off
with moto's own setting, MOTO_EC2_LOAD_DEFAULT_AMIS=false, unless the environment sets it.

Only these attributes, properties, types, calls and delete paths are handled here; everything
else is stock moto_server. Arguments are moto_server's.
"""
import os

os.environ.setdefault("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")

import json  # noqa: E402
import secrets  # noqa: E402
import string  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

from moto.elbv2 import models as elbv2
from moto.cloudformation import custom_model
from moto.cloudformation import models as cloudformation_models
from moto.cloudformation import parsing as cloudformation_parsing
from moto.cloudformation import utils as cloudformation_utils
from moto.kms import models as kms
from moto.moto_server import werkzeug_app
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


def _db_instance_with_deletion_protection(original):
    # AWS::RDS::DBInstance DeletionProtection: AWS refuses to delete the instance (and so the
    # stack) while it is on. moto's CloudFormation drops the property, and its RDS, which does
    # refuse, never sees it. A parameter reference arrives as the string "true" or "false".
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, *args, **kwargs):
        database = original(resource_name, cloudformation_json, *args, **kwargs)
        protection = cloudformation_json["Properties"].get("DeletionProtection", False)
        database.deletion_protection = str(protection).lower() == "true"
        return database

    return classmethod(create_from_cloudformation_json)


rds.DBInstance.create_from_cloudformation_json = _db_instance_with_deletion_protection(
    rds.DBInstance.create_from_cloudformation_json)


def _db_instance_with_managed_master_password(original):
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, *args, **kwargs):
        database = original(resource_name, cloudformation_json, *args, **kwargs)
        properties = cloudformation_json["Properties"]
        if str(properties.get("ManageMasterUserPassword", False)).lower() == "true":
            database.manage_master_user_password = True
            database.master_user_secret = rds.MasterUserSecret(
                database, properties.get("MasterUserSecret", {}).get("KmsKeyId"))
        return database

    return classmethod(create_from_cloudformation_json)


def _db_instance_attribute(original_has, original_get):
    def has_cfn_attr(cls, attribute):
        return attribute == "MasterUserSecret.SecretArn" or original_has(attribute)

    def get_cfn_attribute(self, attribute):
        if attribute == "MasterUserSecret.SecretArn" and self.manage_master_user_password:
            return self.master_user_secret.secret_arn
        return original_get(self, attribute)

    return classmethod(has_cfn_attr), get_cfn_attribute


rds.DBInstance.create_from_cloudformation_json = _db_instance_with_managed_master_password(
    rds.DBInstance.create_from_cloudformation_json)
rds.DBInstance.has_cfn_attr, rds.DBInstance.get_cfn_attribute = _db_instance_attribute(
    rds.DBInstance.has_cfn_attr, rds.DBInstance.get_cfn_attribute)


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


class CloudFormationReplicationGroup(CloudFormationModel):
    """AWS::ElastiCache::ReplicationGroup: Ref and the documented endpoint attributes only."""

    __module__ = "moto.elasticache.models"

    ATTRIBUTES = ("PrimaryEndPoint.Address", "PrimaryEndPoint.Port", "ReaderEndPoint.Address",
                  "ReaderEndPoint.Port")

    def __init__(self, group_id, region_name, port):
        self.group_id = group_id
        self.region_name = region_name
        self.port = str(port)

    @staticmethod
    def cloudformation_name_type():
        return "ReplicationGroupId"

    @staticmethod
    def cloudformation_type():
        return "AWS::ElastiCache::ReplicationGroup"

    @classmethod
    def has_cfn_attr(cls, attr):
        return attr in cls.ATTRIBUTES

    def get_cfn_attribute(self, attribute_name):
        from moto.cloudformation.exceptions import UnformattedGetAttTemplateException

        role = "master" if attribute_name.startswith("Primary") else "replica"
        if attribute_name.endswith(".Address"):
            return f"{role}.{self.group_id}.abc123.use1.cache.amazonaws.com"
        if attribute_name.endswith(".Port"):
            return self.port
        raise UnformattedGetAttTemplateException()

    @property
    def physical_resource_id(self):
        return self.group_id

    @classmethod
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name, **kwargs):
        properties = cloudformation_json.get("Properties", {})
        return cls(properties.get("ReplicationGroupId", resource_name).lower(), region_name,
                   properties.get("Port", 6379))

    @classmethod
    def update_from_cloudformation_json(cls, original_resource, new_resource_name,
                                        cloudformation_json, account_id, region_name):
        return cls.create_from_cloudformation_json(new_resource_name, cloudformation_json,
                                                   account_id, region_name)

    @classmethod
    def delete_from_cloudformation_json(cls, resource_name, cloudformation_json, account_id,
                                        region_name):
        pass

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

# --- Deleting a stack deletes what it created ---------------------------------------------------
#
# AWS CloudFormation deletes every resource of a deleted stack whose DeletionPolicy is not Retain,
# in reverse dependency order, and counts a resource that is already gone as deleted. moto 5.2's
# stack delete calls the model's delete(account_id, region_name) or, lacking one,
# delete_from_cloudformation_json; the types below have neither, so moto drops them from the
# stack but leaves them in its EC2, ELBv2 and ECS backends (the VPC then "has dependencies" and
# the network stack cannot be deleted). Each delete below calls moto's own backend method.
# moto deletes a stack's resources in no set order and retries those that raised while others
# still go, so a delete AWS would refuse for now (an internet gateway still attached, a target
# group a listener still uses) raises moto's own error and is tried again after the others.

from moto.ec2.models import ec2_backends  # noqa: E402
from moto.ec2.models.elastic_ip_addresses import ElasticAddress  # noqa: E402
from moto.ec2.models.flow_logs import FlowLogs  # noqa: E402
from moto.ec2.models.internet_gateways import InternetGateway  # noqa: E402
from moto.ec2.models.nat_gateways import NatGateway  # noqa: E402
from moto.ec2.models.route_tables import Route, RouteTable  # noqa: E402
from moto.ec2.models.subnets import SubnetRouteTableAssociation  # noqa: E402
from moto.ec2.models.vpcs import VPCEndPoint  # noqa: E402
from moto.ec2.models.vpn_gateway import VPCGatewayAttachment  # noqa: E402
from moto.ecs import models as ecs  # noqa: E402
from moto.elbv2.exceptions import ListenerNotFoundError  # noqa: E402


def _deleted_with_its_stack(model_class):
    """Installs the decorated function as the delete moto's stack delete calls on model_class.

    moto takes an AttributeError or TypeError from delete() to mean "this model has no delete"
    and then quietly does nothing; a mistake here must fail the stack delete instead.
    """
    def install(delete_in):
        def delete(self, account_id, region_name):
            try:
                delete_in(self, account_id, region_name)
            except (AttributeError, TypeError) as mistake:
                raise RuntimeError(f"deleting {model_class.__name__}: {mistake!r}") from mistake

        if "delete" not in vars(model_class):
            model_class.delete = delete
        return delete_in

    return install


@_deleted_with_its_stack(NatGateway)
def _delete_nat_gateway(nat, account_id, region_name):
    # DeleteNatGateway: the gateway stays listed as "deleted" for a while, its network interface
    # goes and its Elastic IP is disassociated but not released (the EIP resource releases it).
    # moto only sets the state and would leave the interface in the subnet.
    ec2 = ec2_backends[account_id][region_name]
    if nat.state == "deleted":
        return
    for address in ec2.addresses:
        if address.eni is nat._eni:
            ec2.disassociate_address(address=address.public_ip)
    if nat._eni.id in ec2.enis:
        ec2.delete_network_interface(nat._eni.id)
    ec2.delete_nat_gateway(nat.id)


@_deleted_with_its_stack(ElasticAddress)
def _release_address(address, account_id, region_name):
    ec2 = ec2_backends[account_id][region_name]
    if address in ec2.addresses:
        ec2.release_address(address=address.public_ip)


@_deleted_with_its_stack(FlowLogs)
def _delete_flow_log(flow_log, account_id, region_name):
    ec2 = ec2_backends[account_id][region_name]
    if flow_log.id in ec2.flow_logs:
        ec2.delete_flow_logs([flow_log.id])


@_deleted_with_its_stack(VPCEndPoint)
def _delete_vpc_endpoint(endpoint, account_id, region_name):
    # A gateway endpoint's routes go with it; a route table deleted first took them already.
    ec2 = ec2_backends[account_id][region_name]
    if endpoint.state == "deleted":
        return
    endpoint.route_table_ids = [
        table for table in endpoint.route_table_ids or [] if table in ec2.route_tables]
    ec2.delete_vpc_endpoints([endpoint.id])


@_deleted_with_its_stack(RouteTable)
def _delete_route_table(table, account_id, region_name):
    ec2 = ec2_backends[account_id][region_name]
    if table.id in ec2.route_tables:
        ec2.delete_route_table(table.id)


@_deleted_with_its_stack(Route)
def _delete_route(route, account_id, region_name):
    # a route whose table is gone went with the table
    ec2 = ec2_backends[account_id][region_name]
    table = ec2.route_tables.get(route.route_table.id)
    if table is not None and route.id in table._routes:
        ec2.delete_route(table.id, route.destination_cidr_block,
                         route.destination_ipv6_cidr_block, route.destination_prefix_list_id)


@_deleted_with_its_stack(SubnetRouteTableAssociation)
def _disassociate_subnet(association, account_id, region_name):
    # moto keeps a CloudFormation association in this map only (not on the route table), and
    # has no call that removes it
    ec2 = ec2_backends[account_id][region_name]
    ec2.subnet_associations.pop(f"{association.route_table_id}:{association.subnet_id}", None)


@_deleted_with_its_stack(InternetGateway)
def _delete_internet_gateway(gateway, account_id, region_name):
    # refused (DependencyViolation) while still attached, as on AWS
    ec2 = ec2_backends[account_id][region_name]
    if gateway.id in ec2.internet_gateways:
        ec2.delete_internet_gateway(gateway.id)


@_deleted_with_its_stack(VPCGatewayAttachment)
def _detach_gateway(attachment, account_id, region_name):
    # the templates attach internet gateways only; a VPN gateway attachment is left to moto
    ec2 = ec2_backends[account_id][region_name]
    gateway = ec2.internet_gateways.get(attachment.gateway_id)
    if gateway is not None and gateway.vpc is not None and gateway.vpc.id == attachment.vpc_id:
        ec2.detach_internet_gateway(gateway.id, attachment.vpc_id)


@_deleted_with_its_stack(elbv2.FakeTargetGroup)
def _delete_target_group(group, account_id, region_name):
    # refused (ResourceInUse) while a listener or rule forwards to it, as on AWS
    backend = elbv2.elbv2_backends[account_id][region_name]
    if group.arn in backend.target_groups:
        backend.delete_target_group(group.arn)


@_deleted_with_its_stack(elbv2.FakeListener)
def _delete_listener(listener, account_id, region_name):
    # a listener whose load balancer is gone went with the load balancer
    try:
        elbv2.elbv2_backends[account_id][region_name].delete_listener(listener.arn)
    except ListenerNotFoundError:
        pass


@_deleted_with_its_stack(elbv2.FakeListenerRule)
def _delete_listener_rule(rule, account_id, region_name):
    elbv2.elbv2_backends[account_id][region_name].delete_rule(rule.arn)


@_deleted_with_its_stack(ecs.Service)
def _delete_service(service, account_id, region_name):
    # CloudFormation scales the service to zero and deletes it; DeleteService leaves it INACTIVE
    if service.status == "ACTIVE":
        ecs.ecs_backends[account_id][region_name].delete_service(
            service.cluster_name, service.name, force=True)


@_deleted_with_its_stack(ecs.Cluster)
def _delete_cluster(cluster, account_id, region_name):
    if cluster.status == "ACTIVE":
        ecs.ecs_backends[account_id][region_name].delete_cluster(cluster.name)


@_deleted_with_its_stack(ecs.TaskDefinition)
def _deregister_task_definition(task_definition, account_id, region_name):
    # deleting the resource deregisters the revision: INACTIVE, still describable
    if task_definition.status == "ACTIVE":
        ecs.ecs_backends[account_id][region_name].deregister_task_definition(
            task_definition.arn)


# DeletionPolicy Snapshot on an AWS::RDS::DBInstance: CloudFormation takes a final snapshot and
# then deletes the instance. moto deletes it without one. (AWS names the snapshot itself; the
# name here is the stack's and the resource's, and the tests look the snapshot up by instance.)
def _final_snapshot_for_snapshot_policy(original):
    def _delete_resource(self, parsed_resource, resource_json):
        if (resource_json.get("DeletionPolicy") == "Snapshot"
                and isinstance(parsed_resource, rds.DBInstance)):
            snapshot = f"{self._parsed_resources['AWS::StackName']}-" \
                       f"{parsed_resource.logical_resource_id}-final".lower()
            rds.rds_backends[self._account_id][self._region_name].delete_db_instance(
                parsed_resource.db_instance_identifier, final_db_snapshot_identifier=snapshot)
            return
        original(self, parsed_resource, resource_json)

    return _delete_resource


cloudformation_parsing.ResourceMap._delete_resource = _final_snapshot_for_snapshot_policy(
    cloudformation_parsing.ResourceMap._delete_resource)


# --- RDS for PostgreSQL: engine versions and orderable instance classes (test data) -------------

from moto.core.responses import ActionResult, PaginatedResult  # noqa: E402
from moto.rds import responses as rds_responses  # noqa: E402

POSTGRES_ENGINE_VERSIONS = {
    # version: (Status, minor upgrade targets)
    "15.10": ("deprecated", ["15.15"]),
    "15.15": ("available", []),
}
POSTGRES_INSTANCE_CLASSES = ["db.t3.micro", "db.t3.small", "db.t3.medium"]


def _flag(value):
    return str(value).lower() == "true"


def _postgres_engine_version(version, status, targets):
    major = version.split(".")[0]
    return {
        "Engine": "postgres",
        "EngineVersion": version,
        "MajorEngineVersion": major,
        "DBParameterGroupFamily": f"postgres{major}",
        "DBEngineDescription": "PostgreSQL",
        "DBEngineVersionDescription": f"PostgreSQL {version}-R1",
        "Status": status,
        "SupportsReadReplica": True,
        "SupportsLogExportsToCloudwatchLogs": True,
        "ExportableLogTypes": ["postgresql", "upgrade"],
        "ValidUpgradeTarget": [
            {"Engine": "postgres", "EngineVersion": target,
             "Description": f"PostgreSQL {target}-R1", "AutoUpgrade": False,
             "IsMajorVersionUpgrade": target.split(".")[0] != major}
            for target in targets
        ],
    }


def describe_db_engine_versions(self):
    engine = self.params.get("Engine")
    wanted = self.params.get("EngineVersion")
    include_all = _flag(self.params.get("IncludeAll", False))
    versions = []
    if engine in (None, "postgres"):
        for version, (status, targets) in sorted(POSTGRES_ENGINE_VERSIONS.items()):
            if wanted and version != wanted:
                continue
            if status != "available" and not include_all:
                continue
            versions.append(_postgres_engine_version(version, status, targets))
    return ActionResult({"DBEngineVersions": versions})


def _orderable_postgres_options(version, instance_class, region):
    status = POSTGRES_ENGINE_VERSIONS.get(version, ("unknown", []))[0]
    if status != "available":
        return []
    return [
        {
            "Engine": "postgres",
            "EngineVersion": version,
            "DBInstanceClass": name,
            "LicenseModel": "postgresql-license",
            "AvailabilityZones": [{"Name": f"{region}{zone}"} for zone in "abc"],
            "MultiAZCapable": True,
            "ReadReplicaCapable": True,
            "Vpc": True,
            "SupportsStorageEncryption": True,
            "StorageType": "gp3",
            "SupportsStorageAutoscaling": True,
            "SupportsPerformanceInsights": True,
            "SupportedNetworkTypes": ["IPV4"],
        }
        for name in POSTGRES_INSTANCE_CLASSES
        if instance_class in (None, name)
    ]


def _orderable_options_with_postgres(original):
    def describe_orderable_db_instance_options(self):
        if self.params.get("Engine") != "postgres":
            return original(self)
        options = _orderable_postgres_options(
            self.params.get("EngineVersion"), self.params.get("DBInstanceClass"), self.region)
        return PaginatedResult({"OrderableDBInstanceOptions": options})

    return describe_orderable_db_instance_options


rds_responses.RDSResponse.describe_db_engine_versions = describe_db_engine_versions
rds_responses.RDSResponse.describe_orderable_db_instance_options = \
    _orderable_options_with_postgres(rds_responses.RDSResponse.describe_orderable_db_instance_options)


# --- ECS: the deploy's one-off migration task, and what the task and service keep -------------

import copy  # noqa: E402
import re  # noqa: E402

MIGRATION_FAMILY_SUFFIX = "-litellm-migrate"
FAILING_EXIT = re.compile(r"-moto-exit-(\d+)$")


def _resources_with_task_level_memory(original):
    def calculate(task_definition):
        definitions = task_definition.container_definitions
        if all(any(k in c for k in ("memory", "memoryReservation", "Memory", "MemoryReservation"))
               for c in definitions):
            return original(task_definition)
        sized = copy.copy(task_definition)
        sized.container_definitions = [
            c if any(k in c for k in ("memory", "memoryReservation", "Memory",
                                      "MemoryReservation")) else dict(c, memory=0)
            for c in definitions
        ]
        return original(sized)

    return staticmethod(calculate)


ecs.EC2ContainerServiceBackend._calculate_task_resource_requirements = \
    _resources_with_task_level_memory(
        ecs.EC2ContainerServiceBackend._calculate_task_resource_requirements)


from moto.ec2.models.elastic_network_interfaces import NetworkInterface  # noqa: E402

if not hasattr(NetworkInterface, "private_dns_name"):
    NetworkInterface.private_dns_name = property(
        lambda eni: "ip-" + str(eni.private_ip_address).replace(".", "-") + ".ec2.internal")


def _migration_tasks_stop(original):
    # The essential container of a migration task exits when the migrations are done; ECS then
    # stops the task with this reason and keeps the container's exit code.
    def run_task(self, cluster_str, task_definition_str, *args, **kwargs):
        tasks = original(self, cluster_str, task_definition_str, *args, **kwargs)
        for task in tasks:
            definition = self.describe_task_definition(task.task_definition_arn)
            if task.launch_type != "FARGATE" \
                    or not definition.family.endswith(MIGRATION_FAMILY_SUFFIX):
                continue
            image = definition.container_definitions[0].get("image") or ""
            failing = FAILING_EXIT.search(image)
            code = int(failing.group(1)) if failing else 0
            for container in task.containers:
                container.last_status = "STOPPED"
                container.exitCode = code
                container.exit_code = code
            ec2 = ec2_backends[task._account_id][task.region_name]
            for attachment in task.attachments:
                for detail in attachment["details"]:
                    if detail["name"] == "networkInterfaceId" and detail["value"] in ec2.enis:
                        ec2.delete_network_interface(detail["value"])
                attachment["status"] = "DELETED"
            task.last_status = "STOPPED"
            task.desired_status = "STOPPED"
            task.stopped_reason = "Essential container in task exited"
            task.stop_code = "EssentialContainerExited"
        return tasks

    return run_task


ecs.EC2ContainerServiceBackend.run_task = _migration_tasks_stop(
    ecs.EC2ContainerServiceBackend.run_task)


def _service_with_network_configuration(original):
    def create_from_cloudformation_json(cls, resource_name, cloudformation_json, *args, **kwargs):
        service = original(resource_name, cloudformation_json, *args, **kwargs)
        configuration = cloudformation_json["Properties"].get("NetworkConfiguration")
        if configuration and "AwsvpcConfiguration" in configuration:
            awsvpc = configuration["AwsvpcConfiguration"]
            service.network_configuration = {"awsvpcConfiguration": {
                "subnets": list(awsvpc.get("Subnets", [])),
                "securityGroups": list(awsvpc.get("SecurityGroups", [])),
                "assignPublicIp": awsvpc.get("AssignPublicIp", "DISABLED"),
            }}
        return service

    return classmethod(create_from_cloudformation_json)


ecs.Service.create_from_cloudformation_json = _service_with_network_configuration(
    ecs.Service.create_from_cloudformation_json)


def _lists_without_no_value(original):
    # moto's clean_json calls itself through the module, so nested lists pass through here too
    def clean_json(resource_json, resources_map):
        cleaned = original(resource_json, resources_map)
        if isinstance(resource_json, list) and isinstance(cleaned, list):
            return [item for item in cleaned if item is not None]
        return cleaned

    return clean_json


cloudformation_parsing.clean_json = _lists_without_no_value(cloudformation_parsing.clean_json)


def _one_request_at_a_time(original):
    lock = threading.Lock()

    def __call__(self, environ, start_response):
        with lock:
            return original(self, environ, start_response)

    return __call__


werkzeug_app.DomainDispatcherApplication.__call__ = _one_request_at_a_time(
    werkzeug_app.DomainDispatcherApplication.__call__)


if __name__ == "__main__":
    from moto.server import main

    sys.argv[0] = "moto_server"
    sys.exit(main())
