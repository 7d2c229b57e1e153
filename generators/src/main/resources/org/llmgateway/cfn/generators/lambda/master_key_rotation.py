"""Rotates the LiteLLM master key secret; also writes its first value at stack creation.

Secrets Manager calls handler() with Step createSecret, setSecret, testSecret, finishSecret.
CloudFormation calls it once as a custom resource (RequestType Create) for the first key.
The previous key stays in the secret for 7 days so clients can move over. Never log a value.
"""
import datetime
import json
import logging
import os
import re
import secrets
import string
import urllib.request

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("master-key-rotation")
log.setLevel(logging.INFO)

KEY, PREVIOUS, EXPIRES = "LITELLM_MASTER_KEY", "PREVIOUS_MASTER_KEY", "PREVIOUS_MASTER_KEY_EXPIRES_AT"
GRACE = datetime.timedelta(days=7)
VALID_KEY = re.compile(r"sk-[A-Za-z0-9]{48}")
ALPHABET = string.ascii_letters + string.digits
# Services that are not deployed yet have nothing to restart.
ABSENT = ("ClusterNotFoundException", "ServiceNotFoundException", "ServiceNotActiveException")


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
    elif step == "testSecret":
        check(pending(sm, arn, token))
    elif step != "setSecret":  # setSecret: LiteLLM reads the key from the secret itself
        raise ValueError(f"unknown step {step}")


def create(sm, arn, token):
    current = json.loads(sm.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")["SecretString"])
    try:
        sm.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")
        log.info("pending version already written")
        return
    except sm.exceptions.ResourceNotFoundException:
        pass
    now = datetime.datetime.now(datetime.timezone.utc)
    current.update({PREVIOUS: current.get(KEY, ""), KEY: new_key(), EXPIRES: utc(now + GRACE)})
    sm.put_secret_value(SecretId=arn, ClientRequestToken=token,
                        SecretString=json.dumps(current), VersionStages=["AWSPENDING"])
    log.info("wrote pending version; previous key accepted until %s", current[EXPIRES])


def pending(sm, arn, token):
    return sm.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")


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
    value.update({KEY: new_key(), PREVIOUS: "", EXPIRES: "1970-01-01T00:00:00Z"})
    sm.put_secret_value(SecretId=arn, SecretString=json.dumps(value))
    log.info("wrote the initial master key to %s", arn)
