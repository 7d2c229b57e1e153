"""The master-key rotation Lambda against moto's Secrets Manager and ECS."""
import datetime
import json
import logging
import re
import uuid

import boto3
import pytest
from moto import mock_aws

import master_key_rotation as rotation

SECRET_NAME = "dev/litellm/master-key"
CLUSTER, SERVICE = "dev-litellm-cluster", "dev-litellm-service"
SK_KEY = re.compile(r"sk-[A-Za-z0-9]{48}")
STEPS = ("createSecret", "setSecret", "testSecret", "finishSecret")


@pytest.fixture
def aws(monkeypatch):
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": "us-east-1",
                        "CLUSTER_NAME": CLUSTER, "SERVICE_NAME": SERVICE}.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        yield boto3.client("secretsmanager")


@pytest.fixture
def secret(aws):
    """The master-key secret as CloudFormation creates it: a generated value without sk-."""
    generated = {"PREVIOUS_MASTER_KEY": "", "PREVIOUS_MASTER_KEY_EXPIRES_AT": "1970-01-01T00:00:00Z",
                 "LITELLM_MASTER_KEY": "Q" * 48}
    return aws.create_secret(Name=SECRET_NAME, SecretString=json.dumps(generated))["ARN"]


class FakeCloudFormation:
    """Stands in for the pre-signed S3 URL CloudFormation waits on."""

    def __init__(self):
        self.requests = []

    def urlopen(self, request, timeout):
        self.requests.append(request)
        return _Closing()

    @property
    def answer(self):
        assert len(self.requests) == 1, "exactly one answer goes back to CloudFormation"
        return json.loads(self.requests[0].data)


class _Closing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.fixture
def cloudformation(monkeypatch):
    fake = FakeCloudFormation()
    monkeypatch.setattr(rotation.urllib.request, "urlopen", fake.urlopen)
    return fake


def custom_resource_event(request_type, secret_id, **extra):
    event = {"RequestType": request_type, "ResponseURL": "https://cfn-response.example/signed?X=1",
             "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/dev-security-stack/1",
             "RequestId": "request-1", "LogicalResourceId": "InitialMasterKey",
             "ResourceType": "Custom::MasterKeyInitialValue",
             "ResourceProperties": {"ServiceToken": "arn:aws:lambda:fn", "SecretId": secret_id}}
    event.update(extra)
    return event


def current(client, arn):
    # moto's default version does not follow AWSCURRENT after a stage move; AWS's does.
    return json.loads(client.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")["SecretString"])


def rotate(arn, token=None, steps=STEPS):
    token = token or str(uuid.uuid4())
    for step in steps:
        rotation.handler({"SecretId": arn, "ClientRequestToken": token, "Step": step}, None)
    return token


def write_initial_key(arn):
    with pytest.MonkeyPatch.context() as patch:
        fake = FakeCloudFormation()
        patch.setattr(rotation.urllib.request, "urlopen", fake.urlopen)
        rotation.handler(custom_resource_event("Create", arn), None)
        assert fake.answer["Status"] == "SUCCESS"


def parse_utc(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_custom_resource_create_writes_an_sk_key_and_answers_success(aws, secret, cloudformation):
    rotation.handler(custom_resource_event("Create", secret), None)

    value = current(aws, secret)
    assert SK_KEY.fullmatch(value["LITELLM_MASTER_KEY"])
    assert value["PREVIOUS_MASTER_KEY"] == ""
    assert parse_utc(value["PREVIOUS_MASTER_KEY_EXPIRES_AT"]) < datetime.datetime.now(datetime.timezone.utc)
    request = cloudformation.requests[0]
    assert request.get_method() == "PUT"
    assert request.full_url == "https://cfn-response.example/signed?X=1"
    answer = cloudformation.answer
    assert answer["Status"] == "SUCCESS"
    assert answer["RequestId"] == "request-1" and answer["LogicalResourceId"] == "InitialMasterKey"
    assert answer["StackId"].endswith("stack/dev-security-stack/1")
    assert answer["PhysicalResourceId"]
    assert value["LITELLM_MASTER_KEY"] not in request.data.decode()


def test_custom_resource_create_twice_keeps_the_first_key(aws, secret):
    write_initial_key(secret)
    first = current(aws, secret)["LITELLM_MASTER_KEY"]
    write_initial_key(secret)
    assert current(aws, secret)["LITELLM_MASTER_KEY"] == first


@pytest.mark.parametrize("request_type", ["Update", "Delete"])
def test_custom_resource_update_and_delete_leave_the_secret_alone(aws, secret, cloudformation,
                                                                   request_type):
    before = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")
    rotation.handler(custom_resource_event(request_type, secret,
                                           PhysicalResourceId="InitialMasterKey"), None)
    after = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")
    assert after["VersionId"] == before["VersionId"]
    assert after["SecretString"] == before["SecretString"]
    assert cloudformation.answer["Status"] == "SUCCESS"
    assert cloudformation.answer["PhysicalResourceId"] == "InitialMasterKey"


def test_custom_resource_failure_answers_failed_instead_of_leaving_cloudformation_waiting(
        aws, cloudformation):
    missing = "arn:aws:secretsmanager:us-east-1:123456789012:secret:dev/litellm/absent-AbCdEf"
    rotation.handler(custom_resource_event("Create", missing), None)
    assert cloudformation.answer["Status"] == "FAILED"
    assert "ResourceNotFoundException" in cloudformation.answer["Reason"]


def test_full_rotation_puts_a_new_sk_key_in_awscurrent(aws, secret):
    write_initial_key(secret)
    old = current(aws, secret)["LITELLM_MASTER_KEY"]

    token = rotate(secret)

    now = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")
    assert now["VersionId"] == token
    key = json.loads(now["SecretString"])["LITELLM_MASTER_KEY"]
    assert SK_KEY.fullmatch(key) and len(key) == 51
    assert key != old


def test_previous_master_key_still_valid_after_rotation(aws, secret):
    write_initial_key(secret)
    old = current(aws, secret)["LITELLM_MASTER_KEY"]

    rotate(secret)

    value = current(aws, secret)
    assert value["PREVIOUS_MASTER_KEY"] == old
    expires = parse_utc(value["PREVIOUS_MASTER_KEY_EXPIRES_AT"])
    week = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=7)
    assert abs((expires - week).total_seconds()) < 120
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", value["PREVIOUS_MASTER_KEY_EXPIRES_AT"])


def test_second_rotation_replaces_the_previous_key_with_the_one_it_retires(aws, secret):
    write_initial_key(secret)
    rotate(secret)
    middle = current(aws, secret)["LITELLM_MASTER_KEY"]
    rotate(secret)
    assert current(aws, secret)["PREVIOUS_MASTER_KEY"] == middle


def test_rotation_that_fails_at_test_secret_leaves_awscurrent_untouched(aws, secret):
    write_initial_key(secret)
    before = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")
    token = str(uuid.uuid4())
    corrupt = {"LITELLM_MASTER_KEY": "not-a-master-key", "PREVIOUS_MASTER_KEY": "",
               "PREVIOUS_MASTER_KEY_EXPIRES_AT": "1970-01-01T00:00:00Z"}
    aws.put_secret_value(SecretId=secret, ClientRequestToken=token,
                         SecretString=json.dumps(corrupt), VersionStages=["AWSPENDING"])

    rotate(secret, token, steps=("createSecret", "setSecret"))
    with pytest.raises(ValueError, match="not sk- followed by 48"):
        rotate(secret, token, steps=("testSecret",))

    after = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")
    assert after["VersionId"] == before["VersionId"]
    assert after["SecretString"] == before["SecretString"]


def test_finish_secret_refuses_to_promote_a_malformed_version(aws, secret):
    write_initial_key(secret)
    before = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")
    token = str(uuid.uuid4())
    aws.put_secret_value(SecretId=secret, ClientRequestToken=token, VersionStages=["AWSPENDING"],
                         SecretString=json.dumps({"LITELLM_MASTER_KEY": "sk-short"}))

    with pytest.raises(ValueError):
        rotate(secret, token, steps=("finishSecret",))

    assert aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")["VersionId"] == before["VersionId"]


def test_create_secret_is_idempotent(aws, secret):
    write_initial_key(secret)
    token = rotate(secret, steps=("createSecret",))
    pending = aws.get_secret_value(SecretId=secret, VersionId=token, VersionStage="AWSPENDING")
    rotate(secret, token, steps=("createSecret",))
    again = aws.get_secret_value(SecretId=secret, VersionId=token, VersionStage="AWSPENDING")
    assert again["SecretString"] == pending["SecretString"]


def test_steps_refuse_a_version_that_is_not_pending(aws, secret):
    write_initial_key(secret)
    with pytest.raises(ValueError, match="is not AWSPENDING"):
        rotate(secret, steps=("testSecret",))


def deploy_litellm_service():
    ecs = boto3.client("ecs")
    ecs.create_cluster(clusterName=CLUSTER)
    ecs.register_task_definition(family="dev-litellm-proxy", containerDefinitions=[
        {"name": "litellm-proxy", "image": "litellm-proxy:latest", "memory": 1024}])
    ecs.create_service(cluster=CLUSTER, serviceName=SERVICE, taskDefinition="dev-litellm-proxy",
                       desiredCount=1)
    return ecs


def deployment_id(ecs):
    return ecs.describe_services(cluster=CLUSTER, services=[SERVICE])["services"][0]["deployments"][0]["id"]


def test_finish_secret_forces_a_new_deployment_of_the_litellm_service(aws, secret):
    ecs = deploy_litellm_service()
    write_initial_key(secret)
    before = deployment_id(ecs)

    rotate(secret)

    assert deployment_id(ecs) != before


def test_finish_secret_without_a_deployed_service_still_completes(aws, secret, caplog):
    caplog.set_level(logging.INFO)
    write_initial_key(secret)
    token = rotate(secret)

    assert aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")["VersionId"] == token
    assert any(r.levelno == logging.WARNING and "nothing to redeploy" in r.getMessage()
               for r in caplog.records)


def test_no_secret_value_appears_in_the_logs(aws, secret, caplog, cloudformation):
    caplog.set_level(logging.DEBUG, logger="master-key-rotation")
    caplog.set_level(logging.INFO)
    deploy_litellm_service()
    values = set()

    rotation.handler(custom_resource_event("Create", secret), None)
    values.add(current(aws, secret)["LITELLM_MASTER_KEY"])
    for _ in range(2):
        rotate(secret)
        values.add(current(aws, secret)["LITELLM_MASTER_KEY"])
    token = rotate(secret, steps=("createSecret",))
    values.add(json.loads(aws.get_secret_value(SecretId=secret, VersionId=token,
                                               VersionStage="AWSPENDING")["SecretString"])[
        "LITELLM_MASTER_KEY"])

    assert len(values) == 4 and all(SK_KEY.fullmatch(v) for v in values)
    assert any(r.name == "master-key-rotation" for r in caplog.records), "the Lambda logs its steps"
    for value in values:
        assert value not in caplog.text
        assert value[3:20] not in caplog.text
