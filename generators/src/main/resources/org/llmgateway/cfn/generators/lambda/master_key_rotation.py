"""Rotates the LiteLLM master key secret; also writes its first value at stack creation.

Secrets Manager calls handler() with Step createSecret, setSecret, testSecret, finishSecret.
CloudFormation calls it once as a custom resource (RequestType Create) for the first key.

Clients that still hold the retired key keep working for 7 days: in setSecret, while the running
tasks still know the current key as their master key, the function registers that key as a
LiteLLM virtual key that expires in 7 days (POST /key/generate with the key's own value, an open
source LiteLLM feature), and deletes the registration of the key retired one rotation earlier.
The admin API is called on one running task's private address, authenticated with the current
key. An emergency rotation (the secret tagged litellm:emergency-rotation=true) registers nothing
and deletes both registrations, so every earlier key stops working once the tasks are replaced.

Never log a value, and never put one in a URL (LiteLLM logs request lines).
"""
import datetime
import json
import logging
import os
import re
import secrets
import string
import urllib.error
import urllib.request

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("master-key-rotation")
log.setLevel(logging.INFO)

KEY, PREVIOUS, EXPIRES = "LITELLM_MASTER_KEY", "PREVIOUS_MASTER_KEY", "PREVIOUS_MASTER_KEY_EXPIRES_AT"
GRACE = datetime.timedelta(days=7)
NEVER = "1970-01-01T00:00:00Z"
VALID_KEY = re.compile(r"sk-[A-Za-z0-9]{48}")
ALPHABET = string.ascii_letters + string.digits
# Services that are not deployed yet have nothing to restart and no task to call.
ABSENT = ("ClusterNotFoundException", "ServiceNotFoundException", "ServiceNotActiveException")
EMERGENCY_TAG = "litellm:emergency-rotation"
# key_alias of every registration this function makes; LiteLLM wants aliases to be unique, and
# the rotation's version id is.
ALIAS_PREFIX = "previous-master-key-"
ADMIN_TIMEOUT_SECONDS = 10
# What an error answer must not carry into a log: key values, and sha256 hashes of keys (older
# LiteLLM releases accepted the master key's hash in its place, BerriAI/litellm#26484).
ANY_KEY = re.compile(r"sk-[A-Za-z0-9_-]+|\b[0-9a-f]{64}\b")


class AdminApiError(RuntimeError):
    """The admin API failed: status is LiteLLM's HTTP status, None if no task answered. The
    message never holds a key."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


def new_key():
    # LiteLLM refuses master keys that do not start with sk-.
    return "sk-" + "".join(secrets.choice(ALPHABET) for _ in range(48))


def utc(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def handler(event, context):
    if "RequestType" in event:
        return custom_resource(event)
    arn, token, step = event["SecretId"], event["ClientRequestToken"], event["Step"]
    sm = boto3.client("secretsmanager")
    stages = sm.describe_secret(SecretId=arn).get("VersionIdsToStages", {}).get(token, [])
    log.info("%s for version %s of %s", step, token, arn)
    if step == "finishSecret":
        return finish(sm, arn, token)
    if "AWSCURRENT" in stages:
        log.info("version %s is already AWSCURRENT; nothing to do", token)
    elif step == "createSecret":
        create(sm, arn, token)
    elif "AWSPENDING" not in stages:
        raise ValueError(f"version {token} is not AWSPENDING for {arn}")
    elif step == "setSecret":
        keep_previous_key_valid(sm, arn, token)
    elif step == "testSecret":
        check(pending(sm, arn, token))
    else:
        raise ValueError(f"unknown step {step}")


def create(sm, arn, token):
    current = json.loads(sm.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")["SecretString"])
    try:
        sm.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")
        log.info("pending version already written")
        return
    except sm.exceptions.ResourceNotFoundException:
        pass
    # The one place the emergency flag is read: the pending version records the decision, so a
    # tag changed halfway through a rotation cannot make its steps disagree.
    if emergency_requested(sm, arn):
        current.update({PREVIOUS: "", KEY: new_key(), EXPIRES: NEVER})
        log.warning("emergency rotation (tag %s): the current key will not stay valid", EMERGENCY_TAG)
    else:
        now = datetime.datetime.now(datetime.timezone.utc)
        current.update({PREVIOUS: current.get(KEY, ""), KEY: new_key(), EXPIRES: utc(now + GRACE)})
    sm.put_secret_value(SecretId=arn, ClientRequestToken=token,
                        SecretString=json.dumps(current), VersionStages=["AWSPENDING"])
    log.info("wrote pending version; previous key accepted until %s", current[EXPIRES])


def emergency_requested(sm, arn):
    tags = sm.describe_secret(SecretId=arn).get("Tags", [])
    return any(t["Key"] == EMERGENCY_TAG and t["Value"].strip().lower() == "true" for t in tags)


def pending(sm, arn, token):
    return sm.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")


def keep_previous_key_valid(sm, arn, token):
    """setSecret: registers the key being retired as a 7-day virtual key (none in an emergency)."""
    live = json.loads(sm.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")["SecretString"])
    retiring = json.loads(pending(sm, arn, token)["SecretString"]).get(PREVIOUS, "")
    if retiring and retiring != live.get(KEY):
        raise ValueError(f"pending {PREVIOUS} is not the current {KEY}; run a new rotation")
    # Registrations this function may have made: the key retired last time, and the current key
    # itself if an earlier attempt of a rotation registered it and then failed.
    stale = [k for k in (live.get(PREVIOUS, ""), live.get(KEY, "")) if VALID_KEY.fullmatch(k)]
    cluster, service = os.environ["CLUSTER_NAME"], os.environ["SERVICE_NAME"]
    addresses = running_task_addresses(boto3.client("ecs"), cluster, service)
    if not addresses:
        if not retiring:
            raise RuntimeError(f"emergency rotation: no running task of {service} to revoke the"
                               " earlier keys through; start the service and rotate again"
                               " (AWSCURRENT is unchanged)")
        log.warning("no running task of %s in %s: nobody is using the current key, so it is not"
                    " registered as a virtual key", service, cluster)
        return
    admin = AdminApi(addresses, os.environ.get("PROXY_PORT", "4000"), live[KEY])
    for key in stale:
        admin.delete(key)
    if retiring:
        expires = admin.register(retiring, ALIAS_PREFIX + token, {
            "purpose": f"previous LiteLLM master key, valid {GRACE.days} days after rotation",
            "created_by": os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "master-key-rotation"),
            "rotation_version": token,
        })
        log.info("previous key registered as virtual key %s%s, expires %s",
                 ALIAS_PREFIX, token, expires)
    else:
        log.warning("emergency rotation: earlier keys revoked, none registered")


def running_task_addresses(ecs, cluster, service):
    """Private IPv4 addresses of the service's RUNNING tasks; none if it is not deployed."""
    try:
        arns = ecs.list_tasks(cluster=cluster, serviceName=service,
                              desiredStatus="RUNNING")["taskArns"]
        if not arns:
            return []
        tasks = ecs.describe_tasks(cluster=cluster, tasks=arns[:100])["tasks"]
    except ClientError as error:
        if error.response["Error"]["Code"] not in ABSENT:
            raise
        return []
    return [detail["value"]
            for task in tasks if task.get("lastStatus") == "RUNNING"
            for attachment in task.get("attachments", [])
            for detail in attachment.get("details", [])
            if detail.get("name") == "privateIPv4Address"]


class AdminApi:
    """LiteLLM's key management endpoints on the first task that answers."""

    def __init__(self, addresses, port, master_key):
        self.addresses, self.port, self.master_key = list(addresses), port, master_key

    def register(self, key, alias, metadata):
        answer = self.post("/key/generate", {"key": key, "key_alias": alias,
                                             "duration": f"{GRACE.days}d", "metadata": metadata})
        return answer.get("expires")

    def delete(self, key):
        try:
            self.post("/key/delete", {"keys": [key]})
        except AdminApiError as error:
            if error.status != 404:  # LiteLLM: "No keys found"
                raise
            log.info("a key registration to delete was already gone")

    def post(self, path, body):
        data = json.dumps(body).encode()
        unreachable = []
        for address in self.addresses:
            request = urllib.request.Request(
                f"http://{address}:{self.port}{path}", data=data, method="POST",
                headers={"Authorization": f"Bearer {self.master_key}",
                         "Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=ADMIN_TIMEOUT_SECONDS) as response:
                    return json.loads(response.read() or b"{}")
            except urllib.error.HTTPError as error:
                detail = ANY_KEY.sub("***", error.read().decode(errors="replace"))[:300]
                raise AdminApiError(f"LiteLLM {path} answered {error.code}: {detail}",
                                    error.code) from None
            except (urllib.error.URLError, OSError) as error:
                # A task that is stopping refuses connections; another one may answer.
                unreachable.append(f"{address}: {getattr(error, 'reason', error)}")
        raise AdminApiError(f"no LiteLLM task answered {path}: {'; '.join(unreachable)}")


def check(version):
    value = json.loads(version["SecretString"])
    if not VALID_KEY.fullmatch(value.get(KEY, "")):
        raise ValueError(f"pending {KEY} is not sk- followed by 48 letters and digits")
    if value.get(PREVIOUS) and not VALID_KEY.fullmatch(value[PREVIOUS]):
        raise ValueError(f"pending {PREVIOUS} is neither empty nor an sk- key")
    if value[KEY] == value.get(PREVIOUS):
        raise ValueError(f"pending {KEY} equals {PREVIOUS}")
    datetime.datetime.fromisoformat(value[EXPIRES].replace("Z", "+00:00"))
    log.info("pending version is well formed")


def finish(sm, arn, token):
    stages = sm.describe_secret(SecretId=arn)["VersionIdsToStages"]
    current = next(v for v, s in stages.items() if "AWSCURRENT" in s)
    if current != token:
        check(pending(sm, arn, token))  # never promote a version createSecret did not write
        sm.update_secret_version_stage(SecretId=arn, VersionStage="AWSCURRENT",
                                       MoveToVersionId=token, RemoveFromVersionId=current)
        log.info("version %s is now AWSCURRENT", token)
    promoted = json.loads(sm.get_secret_value(SecretId=arn, VersionId=token)["SecretString"])
    if not promoted.get(PREVIOUS) and emergency_requested(sm, arn):
        # This was the emergency rotation (a tag set after createSecret waits for the next one);
        # the next scheduled rotation keeps the previous key valid again.
        sm.untag_resource(SecretId=arn, TagKeys=[EMERGENCY_TAG])
        log.info("removed tag %s", EMERGENCY_TAG)
    # Tasks read the key when they start, so they must be replaced to pick up the new one.
    cluster, service = os.environ["CLUSTER_NAME"], os.environ["SERVICE_NAME"]
    try:
        boto3.client("ecs").update_service(cluster=cluster, service=service, forceNewDeployment=True)
        log.info("forced a new deployment of %s in %s", service, cluster)
    except ClientError as error:
        if error.response["Error"]["Code"] not in ABSENT:
            raise
        log.warning("no service %s in %s yet (%s); nothing to redeploy",
                    service, cluster, error.response["Error"]["Code"])


def custom_resource(event):
    status, reason = "SUCCESS", "initial master key in place"
    try:
        if event["RequestType"] == "Create":
            initial_key(event["ResourceProperties"]["SecretId"])
    except Exception as error:  # CloudFormation waits an hour for an answer that never comes
        log.error("initial key failed: %s", error)
        status, reason = "FAILED", f"{type(error).__name__}: {error}"[:500]
    body = json.dumps({
        "Status": status, "Reason": reason, "StackId": event["StackId"],
        "RequestId": event["RequestId"], "LogicalResourceId": event["LogicalResourceId"],
        "PhysicalResourceId": event.get("PhysicalResourceId", event["LogicalResourceId"]),
    }).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                     headers={"Content-Type": "", "Content-Length": str(len(body))})
    with urllib.request.urlopen(request, timeout=30):
        log.info("answered CloudFormation: %s", status)


def initial_key(arn):
    sm = boto3.client("secretsmanager")
    value = json.loads(sm.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")["SecretString"])
    if VALID_KEY.fullmatch(value.get(KEY, "")):
        log.info("%s already holds an sk- key; left as it is", arn)
        return
    value.update({KEY: new_key(), PREVIOUS: "", EXPIRES: NEVER})
    sm.put_secret_value(SecretId=arn, SecretString=json.dumps(value))
    log.info("wrote the initial master key to %s", arn)
