"""The master-key rotation Lambda against moto's Secrets Manager and ECS, and a fake LiteLLM.

The fake is a small HTTP server on 127.0.0.1 that answers /key/generate and /key/delete the way
LiteLLM's key management endpoints do (admin calls need the master key the tasks run with;
a custom key value is stored under its hash; deleting keys that do not exist answers 404).
"""
import datetime
import hashlib
import http.server
import json
import logging
import re
import threading
import uuid

import boto3
import pytest
from botocore.stub import Stubber
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
    corrupt = {"LITELLM_MASTER_KEY": "not-a-master-key",
               "PREVIOUS_MASTER_KEY": current(aws, secret)["LITELLM_MASTER_KEY"],
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


# --- the previous key as a LiteLLM virtual key ---------------------------------------------------

class FakeLiteLlm(http.server.ThreadingHTTPServer):
    """LiteLLM's key management API, as far as the rotation uses it."""

    def __init__(self, master_key):
        super().__init__(("127.0.0.1", 0), _FakeLiteLlmHandler)
        self.master_key = master_key  # a callable: the key the running tasks were started with
        self.keys = {}                # sha256 of the key value -> the stored row
        self.requests = []            # (path, bearer token, body)
        self.fail_with = None         # (status, body) to answer every call with

    def registration(self, key):
        return self.keys.get(hashlib.sha256(key.encode()).hexdigest())


class _FakeLiteLlmHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        fake = self.server
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        fake.requests.append((self.path, token, body))
        if fake.fail_with:
            return self.answer(*fake.fail_with)
        if token != fake.master_key():
            return self.answer(401, {"error": {"message": "Authentication Error"}})
        if self.path == "/key/generate":
            hashed = hashlib.sha256(body["key"].encode()).hexdigest()
            if hashed in fake.keys or any(row["key_alias"] == body["key_alias"]
                                          for row in fake.keys.values()):
                return self.answer(400, {"error": {"message": "key or alias already exists"}})
            days = int(body["duration"].removesuffix("d"))
            expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=days)
            fake.keys[hashed] = {"key_alias": body["key_alias"], "expires": expires.isoformat(),
                                 "metadata": body["metadata"], "duration": body["duration"]}
            return self.answer(200, {"key": body["key"], "key_alias": body["key_alias"],
                                     "expires": expires.isoformat()})
        if self.path == "/key/delete":
            hashed = [hashlib.sha256(k.encode()).hexdigest() for k in body["keys"]]
            found = [h for h in hashed if h in fake.keys]
            if not found:
                return self.answer(404, {"detail": {"error": "No keys found"}})
            for h in found:
                del fake.keys[h]
            return self.answer(200, {"deleted_keys": found})
        return self.answer(404, {"detail": "Not Found"})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def litellm(aws, secret, monkeypatch):
    """The fake proxy as the service's one running task; its master key follows AWSCURRENT,
    as the tasks' does once finishSecret has replaced them."""
    write_initial_key(secret)
    fake = FakeLiteLlm(lambda: current(aws, secret)["LITELLM_MASTER_KEY"])
    thread = threading.Thread(target=fake.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("PROXY_PORT", str(fake.server_address[1]))
    monkeypatch.setattr(rotation, "running_task_addresses", lambda ecs, cluster, service: ["127.0.0.1"])
    yield fake
    fake.shutdown()
    fake.server_close()


def tag_emergency(client, arn):
    client.tag_resource(SecretId=arn, Tags=[{"Key": "litellm:emergency-rotation", "Value": "true"}])


def test_rotation_registers_the_retired_key_as_a_virtual_key_for_7_days(aws, secret, litellm):
    retired = current(aws, secret)["LITELLM_MASTER_KEY"]

    token = rotate(secret)

    row = litellm.registration(retired)
    assert row is not None, "the retired master key is a LiteLLM virtual key"
    assert row["key_alias"] == f"previous-master-key-{token}"
    assert row["duration"] == "7d"
    week = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=7)
    assert abs((datetime.datetime.fromisoformat(row["expires"]) - week).total_seconds()) < 120
    assert row["metadata"]["rotation_version"] == token
    assert "previous LiteLLM master key" in row["metadata"]["purpose"]
    generate = [r for r in litellm.requests if r[0] == "/key/generate"]
    assert len(generate) == 1
    assert generate[0][1] == retired, "authenticated with the key the running tasks know"
    assert current(aws, secret)["LITELLM_MASTER_KEY"] != retired


def test_next_rotation_deletes_the_registration_it_made_before(aws, secret, litellm):
    first = current(aws, secret)["LITELLM_MASTER_KEY"]
    rotate(secret)
    second = current(aws, secret)["LITELLM_MASTER_KEY"]
    litellm.requests.clear()

    rotate(secret)

    assert litellm.registration(first) is None, "the key retired a rotation earlier is revoked"
    assert litellm.registration(second) is not None
    assert len(litellm.keys) == 1
    deletes = [r for r in litellm.requests if r[0] == "/key/delete"]
    assert {"keys": [first]} in [body for _, _, body in deletes]
    assert all(token == second for _, token, _ in litellm.requests)


def test_a_retried_set_secret_registers_the_key_once(aws, secret, litellm):
    retired = current(aws, secret)["LITELLM_MASTER_KEY"]
    token = rotate(secret, steps=("createSecret", "setSecret"))
    rotate(secret, token, steps=("setSecret", "testSecret", "finishSecret"))

    assert litellm.registration(retired)["key_alias"] == f"previous-master-key-{token}"
    assert len(litellm.keys) == 1


def test_emergency_rotation_revokes_the_earlier_key_and_keeps_none(aws, secret, litellm):
    first = current(aws, secret)["LITELLM_MASTER_KEY"]
    rotate(secret)
    compromised = current(aws, secret)["LITELLM_MASTER_KEY"]
    tag_emergency(aws, secret)

    token = rotate(secret)

    assert litellm.keys == {}, "neither the compromised key nor the one before stays valid"
    assert litellm.registration(first) is None and litellm.registration(compromised) is None
    assert not [r for r in litellm.requests if r[0] == "/key/generate" and r[1] == compromised]
    value = current(aws, secret)
    assert aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")["VersionId"] == token
    assert value["PREVIOUS_MASTER_KEY"] == "" and value["LITELLM_MASTER_KEY"] != compromised
    assert parse_utc(value["PREVIOUS_MASTER_KEY_EXPIRES_AT"]) < datetime.datetime.now(datetime.timezone.utc)
    tags = aws.describe_secret(SecretId=secret).get("Tags", [])
    assert all(t["Key"] != "litellm:emergency-rotation" for t in tags), "the next rotation is normal"

    rotate(secret)
    assert litellm.registration(value["LITELLM_MASTER_KEY"]) is not None


def test_a_tag_set_during_a_normal_rotation_waits_for_the_next_one(aws, secret, litellm):
    retired = current(aws, secret)["LITELLM_MASTER_KEY"]
    token = rotate(secret, steps=("createSecret",))
    tag_emergency(aws, secret)
    rotate(secret, token, steps=("setSecret", "testSecret", "finishSecret"))

    assert litellm.registration(retired) is not None, "this rotation was decided as a normal one"
    tags = aws.describe_secret(SecretId=secret).get("Tags", [])
    assert {"Key": "litellm:emergency-rotation", "Value": "true"} in tags

    rotate(secret)
    assert litellm.keys == {}, "the next rotation is the emergency one"
    assert not aws.describe_secret(SecretId=secret).get("Tags")


def test_emergency_rotation_with_no_running_task_fails_and_leaves_awscurrent(aws, secret, monkeypatch):
    write_initial_key(secret)
    before = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")["VersionId"]
    tag_emergency(aws, secret)
    token = rotate(secret, steps=("createSecret",))

    with pytest.raises(RuntimeError, match="emergency rotation: no running task"):
        rotate(secret, token, steps=("setSecret",))
    assert aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")["VersionId"] == before


def test_no_running_task_skips_the_registration_with_a_warning(aws, secret, caplog):
    caplog.set_level(logging.INFO)
    deploy_litellm_service()  # desired 1, but no task running (first deploy, or all stopped)
    write_initial_key(secret)

    token = rotate(secret)

    assert aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")["VersionId"] == token
    assert any(r.levelno == logging.WARNING and "not registered" in r.getMessage()
               for r in caplog.records)


@pytest.mark.parametrize("failure", [(500, {"error": "database unreachable"}),
                                     (401, {"error": "Authentication Error"})])
def test_a_proxy_that_refuses_the_registration_leaves_awscurrent_untouched(aws, secret, litellm,
                                                                             failure):
    before = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")
    litellm.fail_with = failure
    token = rotate(secret, steps=("createSecret",))

    with pytest.raises(rotation.AdminApiError, match=f"answered {failure[0]}"):
        rotate(secret, token, steps=("setSecret",))

    after = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")
    assert after["VersionId"] == before["VersionId"]
    assert after["SecretString"] == before["SecretString"]


def test_an_unreachable_proxy_leaves_awscurrent_untouched(aws, secret, litellm, monkeypatch):
    before = aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")["VersionId"]
    litellm.shutdown()
    litellm.server_close()
    token = rotate(secret, steps=("createSecret",))

    with pytest.raises(rotation.AdminApiError, match="no LiteLLM task answered"):
        rotate(secret, token, steps=("setSecret",))
    assert aws.get_secret_value(SecretId=secret, VersionStage="AWSCURRENT")["VersionId"] == before


def test_admin_api_errors_never_carry_a_key(aws, secret, litellm):
    retired = current(aws, secret)["LITELLM_MASTER_KEY"]
    hashed = hashlib.sha256(retired.encode()).hexdigest()
    litellm.fail_with = (400, {"error": f"key {retired} ({hashed}) is invalid"})
    token = rotate(secret, steps=("createSecret",))

    with pytest.raises(rotation.AdminApiError) as error:
        rotate(secret, token, steps=("setSecret",))
    assert "answered 400" in str(error.value)
    assert retired not in str(error.value) and retired[3:20] not in str(error.value)
    assert hashed not in str(error.value)


def test_running_task_addresses_asks_ecs_for_the_services_running_tasks_only():
    ecs = boto3.client("ecs", region_name="us-east-1", aws_access_key_id="testing",
                       aws_secret_access_key="testing")
    arns = [f"arn:aws:ecs:us-east-1:123456789012:task/{CLUSTER}/{n}" for n in ("a1", "b2")]

    def task(arn, status, address):
        return {"taskArn": arn, "lastStatus": status, "attachments": [{
            "type": "ElasticNetworkInterface",
            "details": [{"name": "subnetId", "value": "subnet-1"},
                        {"name": "privateIPv4Address", "value": address}]}]}

    with Stubber(ecs) as stub:
        stub.add_response("list_tasks", {"taskArns": arns},
                          {"cluster": CLUSTER, "serviceName": SERVICE, "desiredStatus": "RUNNING"})
        stub.add_response("describe_tasks",
                          {"tasks": [task(arns[0], "RUNNING", "10.0.3.17"),
                                     task(arns[1], "DEPROVISIONING", "10.0.4.9")]},
                          {"cluster": CLUSTER, "tasks": arns})
        assert rotation.running_task_addresses(ecs, CLUSTER, SERVICE) == ["10.0.3.17"]

        stub.add_client_error("list_tasks", "ClusterNotFoundException")
        assert rotation.running_task_addresses(ecs, CLUSTER, SERVICE) == []

        stub.add_client_error("list_tasks", "AccessDeniedException")
        with pytest.raises(Exception, match="AccessDenied"):
            rotation.running_task_addresses(ecs, CLUSTER, SERVICE)


def test_registering_and_revoking_keys_logs_no_key(aws, secret, litellm, caplog):
    caplog.set_level(logging.DEBUG, logger="master-key-rotation")
    values = {current(aws, secret)["LITELLM_MASTER_KEY"]}
    rotate(secret)
    values.add(current(aws, secret)["LITELLM_MASTER_KEY"])
    tag_emergency(aws, secret)
    rotate(secret)
    values.add(current(aws, secret)["LITELLM_MASTER_KEY"])

    assert any("registered as virtual key previous-master-key-" in r.getMessage()
               for r in caplog.records)
    assert len(values) == 3
    for value in values:
        assert value not in caplog.text
        assert value[3:20] not in caplog.text
        assert hashlib.sha256(value.encode()).hexdigest() not in caplog.text
