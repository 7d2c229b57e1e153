"""azure-devops/scripts/upload-proxy-config.sh against moto_server (S3 and CloudFormation exports
emulated on loopback): it uploads the environment's rendered config under its ProxyConfigKey to
the bucket the security stack exports, and hands the new VersionId to the next pipeline step."""
import json
import os
import pathlib
import shutil
import subprocess
import urllib.request

import boto3
import pytest
from moto.server import ThreadedMotoServer

REPO = pathlib.Path(__file__).resolve().parents[4]
SCRIPT = REPO / "azure-devops" / "scripts" / "upload-proxy-config.sh"


@pytest.fixture()
def moto_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    # the emulated accounts live in this process: start every test from an empty one
    urllib.request.urlopen(urllib.request.Request(endpoint + "/moto-api/reset", method="POST"))
    yield endpoint
    server.stop()


def aws_env(endpoint):
    env = dict(os.environ)
    env.update(AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing",
               AWS_DEFAULT_REGION="us-east-1", AWS_ENDPOINT_URL=endpoint,
               AWS_EC2_METADATA_DISABLED="true")
    return env


def environment_folder(tmp_path, key="litellm/config.yaml"):
    config = tmp_path / "generated-templates" / "proxy-config" / "dev" / "config.yaml"
    config.parent.mkdir(parents=True)
    config.write_text("model_list: []\nrouter_settings:\n  redis_host: os.environ/REDIS_HOST\n")
    parameters = tmp_path / "generated-templates" / "parameters" / "dev" / "security-stack.json"
    parameters.parent.mkdir(parents=True)
    parameters.write_text(json.dumps([
        {"ParameterKey": "NamePrefix", "ParameterValue": "dev"},
        {"ParameterKey": "ProxyConfigKey", "ParameterValue": key}]))
    return config


def export_bucket(endpoint, bucket):
    clients = dict(endpoint_url=endpoint, region_name="us-east-1",
                   aws_access_key_id="testing", aws_secret_access_key="testing")
    s3 = boto3.client("s3", **clients)
    s3.create_bucket(Bucket=bucket)
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    template = {"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}},
                "Outputs": {"ConfigBucketName": {"Value": bucket,
                                                 "Export": {"Name": "dev-security-ConfigBucketName"}}}}
    boto3.client("cloudformation", **clients).create_stack(
        StackName="dev-security-stack", TemplateBody=json.dumps(template))
    return s3


def run(tmp_path, endpoint):
    return subprocess.run(["bash", str(SCRIPT), "dev", str(tmp_path)], env=aws_env(endpoint),
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(shutil.which("aws") is None, reason="needs the AWS CLI")
def test_uploads_the_rendered_config_and_hands_its_version_to_the_pipeline(tmp_path, moto_endpoint):
    config = environment_folder(tmp_path)
    s3 = export_bucket(moto_endpoint, "dev-config-bucket")

    first = run(tmp_path, moto_endpoint)
    assert first.returncode == 0, first.stderr
    config.write_text("model_list: []\n")
    second = run(tmp_path, moto_endpoint)
    assert second.returncode == 0, second.stderr

    versions = s3.list_object_versions(Bucket="dev-config-bucket")["Versions"]
    assert [v["Key"] for v in versions] == ["litellm/config.yaml"] * 2
    latest = next(v["VersionId"] for v in versions if v["IsLatest"])
    assert second.stdout.strip().endswith(f"##vso[task.setvariable variable=proxyConfigVersion]{latest}")
    assert f"variable=proxyConfigVersion]{latest}" not in first.stdout
    body = s3.get_object(Bucket="dev-config-bucket", Key="litellm/config.yaml")["Body"].read()
    assert body == b"model_list: []\n"


@pytest.mark.skipif(shutil.which("aws") is None, reason="needs the AWS CLI")
def test_without_the_security_stack_nothing_is_uploaded(tmp_path, moto_endpoint):
    environment_folder(tmp_path)
    result = run(tmp_path, moto_endpoint)
    assert result.returncode == 1
    assert "no export dev-security-ConfigBucketName: deploy the security stack first" in result.stderr
    assert "proxyConfigVersion" not in result.stdout


def test_without_a_rendered_config_it_asks_for_generate(tmp_path, moto_endpoint):
    result = run(tmp_path, moto_endpoint)
    assert result.returncode == 1
    assert "config.yaml is missing; run mvn -Pgenerate package" in result.stderr
