"""Tests of the database secret Lambda: the secret side against moto's Secrets Manager, the
PostgreSQL side against a real, temporary PostgreSQL cluster on 127.0.0.1.

The cluster needs the PostgreSQL server binaries (initdb, pg_ctl, postgres, psql); without them
the fixture fails with the install command. Run: python3 -m pytest generators/src/test/python
"""

import glob
import http.server
import importlib.util
import json
import logging
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import boto3
import pytest
from moto import mock_aws
from moto.core import DEFAULT_ACCOUNT_ID
from moto.secretsmanager import secretsmanager_backends

SOURCE = (Path(__file__).resolve().parents[2] / "main" / "resources" / "org" / "llmgateway"
          / "cfn" / "generators" / "lambda" / "database_rotation.py")
REGION = "us-east-1"
SECRET_NAME = "dev/litellm/database"
# The same rules the database stack hands the function (SharedNames on the Java side).
EXCLUDED = "\"'@/\\"
INSTALL_HINT = "apt-get update && apt-get install -y postgresql"


def load_module():
    # no __pycache__ beside the source: the resources folder is packaged into the jar
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("database_rotation", SOURCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rotation = load_module()


# --- A real PostgreSQL cluster ------------------------------------------------------------


def server_binaries():
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for directory in candidates:
        if all(os.access(os.path.join(directory, tool), os.X_OK)
               for tool in ("initdb", "pg_ctl", "postgres", "psql")):
            return directory
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl") and shutil.which("psql"):
        return os.path.dirname(os.path.realpath(initdb))
    pytest.fail("PostgreSQL server binaries (initdb, pg_ctl, postgres, psql) not found. "
                f"Install them with: {INSTALL_HINT}", pytrace=False)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A throwaway cluster: TLS on, SCRAM for everyone but one MD5 user."""

    def __init__(self, bindir, directory, port, run_as):
        self.bindir, self.directory, self.port, self.run_as = bindir, directory, port, run_as
        self.data = os.path.join(directory, "data")
        self.pid = None

    def command(self, *args, **kwargs):
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        return subprocess.run(prefix + list(args), check=True, capture_output=True, text=True,
                              timeout=120, **kwargs)

    def sql(self, statement):
        """Runs SQL as the superuser over the Unix socket (trust): independent of the code
        under test."""
        result = self.command(os.path.join(self.bindir, "psql"), "-X", "-q", "-A", "-t",
                              "-h", self.directory, "-p", str(self.port), "-U", "postgres",
                              "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", statement)
        return result.stdout.strip()

    def start(self):
        self.command(os.path.join(self.bindir, "initdb"), "-D", self.data, "-U", "postgres",
                     "--auth=trust", "-E", "UTF8", "--locale=C")
        self.command("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                     "-subj", "/CN=localhost", "-keyout", os.path.join(self.data, "server.key"),
                     "-out", os.path.join(self.data, "server.crt"))
        with open(os.path.join(self.data, "postgresql.conf"), "a") as conf:
            conf.write(f"listen_addresses = '127.0.0.1'\nport = {self.port}\n"
                       f"unix_socket_directories = '{self.directory}'\nssl = on\n"
                       "password_encryption = 'scram-sha-256'\nfsync = off\n")
        with open(os.path.join(self.data, "pg_hba.conf"), "w") as hba:
            hba.write("local all postgres trust\n"
                      "host all md5user 127.0.0.1/32 md5\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n")
        self.command(os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-w", "-t", "60",
                     "-l", os.path.join(self.directory, "server.log"), "start")
        with open(os.path.join(self.data, "postmaster.pid")) as pid_file:
            self.pid = int(pid_file.readline())

    def stop(self):
        if self.pid is None:
            return
        os.kill(self.pid, signal.SIGINT)  # PostgreSQL's "fast" shutdown
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        os.kill(self.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def postgres():
    bindir = server_binaries()
    # initdb refuses to run as root, so root runs the cluster as the package's postgres user.
    run_as = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.fail(f"Running as root needs the 'postgres' user; install: {INSTALL_HINT}",
                        pytrace=False)
        run_as = "postgres"
    directory = tempfile.mkdtemp(prefix="litellm-pg-")
    if run_as:
        account = pwd.getpwnam(run_as)
        os.chown(directory, account.pw_uid, account.pw_gid)
    cluster = Cluster(bindir, directory, free_port(), run_as)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def database_user(postgres):
    """A fresh login role and database for one test, with its password."""
    name = f"litellm_{os.urandom(4).hex()}"
    password = "Start-" + os.urandom(12).hex()
    postgres.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    postgres.sql(f"CREATE DATABASE {name} OWNER {name}")
    return name, password


def login(postgres, user, password, dbname=None, sslmode="require"):
    return rotation.PgConnection("127.0.0.1", postgres.port, user, password, dbname or user,
                                 sslmode=sslmode)


# --- Wire protocol against the real server ------------------------------------------------


def test_scram_login_runs_queries_over_tls(postgres, database_user):
    user, password = database_user
    with login(postgres, user, password) as connection:
        assert connection.tls
        assert connection.query("SELECT current_user, 1 + 1, NULL") == [(user, "2", None)]
        assert connection.query(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") == [("t",)]
    assert postgres.sql(f"SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid "
                        f"WHERE rolname = '{user}'") == "t"


def test_connection_without_tls_when_disabled(postgres, database_user):
    user, password = database_user
    with login(postgres, user, password, sslmode="disable") as connection:
        assert not connection.tls
        assert connection.query(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") == [("f",)]


def test_md5_login(postgres):
    password = "Md5-" + os.urandom(8).hex()
    postgres.sql("DROP ROLE IF EXISTS md5user")
    postgres.sql(f"SET password_encryption = 'md5'; CREATE ROLE md5user LOGIN PASSWORD "
                 f"'{password}'")
    with login(postgres, "md5user", password, dbname="postgres") as connection:
        assert connection.query("SELECT current_user") == [("md5user",)]
    with pytest.raises(rotation.PgError) as refused:
        login(postgres, "md5user", password + "x", dbname="postgres")
    assert refused.value.code == "28P01"


def test_wrong_password_is_refused_with_its_sqlstate(postgres, database_user):
    user, password = database_user
    with pytest.raises(rotation.PgError) as refused:
        login(postgres, user, password + "x")
    assert refused.value.code == "28P01"
    assert password not in str(refused.value)


def test_query_error_carries_sqlstate_and_session_survives(postgres, database_user):
    user, password = database_user
    with login(postgres, user, password) as connection:
        with pytest.raises(rotation.PgError) as failed:
            connection.query("SELECT * FROM no_such_table")
        assert failed.value.code == "42P01"
        assert connection.query("SELECT 'still here'") == [("still here",)]


@pytest.mark.parametrize("text", [
    "plain", "it's", "back\\slash", "\\'; DROP ROLE postgres; --", "''\\\\''",
    "$$dollar$$", "ünïcødé ✓", "", "%20:?#[]",
])
def test_quote_literal_round_trips_through_the_server(postgres, database_user, text):
    user, password = database_user
    with login(postgres, user, password) as connection:
        connection.query("SET standard_conforming_strings = off")
        assert connection.query(f"SELECT {rotation.quote_literal(text)}") == [(text,)]
        connection.query("SET standard_conforming_strings = on")
        assert connection.query(f"SELECT {rotation.quote_literal(text)}") == [(text,)]


def test_quote_literal_refuses_nul():
    with pytest.raises(ValueError):
        rotation.quote_literal("a\0b")


def test_quote_ident_doubles_quotes():
    assert rotation.quote_ident('we"ird') == '"we""ird"'


# --- Secrets Manager side (moto) ----------------------------------------------------------


@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("PASSWORD_LENGTH", "32")
    monkeypatch.setenv("EXCLUDE_CHARACTERS", EXCLUDED)
    monkeypatch.setenv("ECS_CLUSTER", "dev-litellm-cluster")
    monkeypatch.setenv("ECS_SERVICE", "dev-litellm-service")
    with mock_aws():
        yield boto3.client("secretsmanager", region_name=REGION)


def create_database_secret(client, **fields):
    """The secret as the security stack creates it, optionally already completed."""
    value = {"username": "litellm", "dbname": "litellm", "port": "5432", "engine": "postgres",
             "password": "Initial-Password-1234567890abcd"}
    value.update(fields)
    return client.create_secret(Name=SECRET_NAME, SecretString=json.dumps(value))["ARN"]


def begin_rotation(arn):
    """What Secrets Manager does before it calls createSecret: enable rotation and add an empty
    version labelled AWSPENDING (moto would also invoke the function through its Lambda
    emulation, which needs Docker)."""
    secret = secretsmanager_backends[DEFAULT_ACCOUNT_ID][REGION].secrets[SECRET_NAME]
    secret.rotation_requested = True
    secret.rotation_enabled = True
    secret.auto_rotate_after_days = 30
    token = os.urandom(16).hex()
    secret.versions[token] = {"createdate": int(time.time()), "version_id": token,
                              "version_stages": ["AWSPENDING"]}
    return token


def step(arn, token, name):
    rotation.handler({"SecretId": arn, "ClientRequestToken": token, "Step": name}, None)


def value(client, arn, stage="AWSCURRENT", version=None):
    arguments = {"SecretId": arn, "VersionStage": stage}
    if version:
        arguments["VersionId"] = version
    response = client.get_secret_value(**arguments)
    return response["VersionId"], json.loads(response["SecretString"])


class HostileRandom:
    """A client whose GetRandomPassword returns every character URLs give a meaning to."""

    def __init__(self, client, password):
        self._client, self._password = client, password

    def __getattr__(self, name):
        return getattr(self._client, name)

    def get_random_password(self, **_):
        return {"RandomPassword": self._password}


def test_create_step_derives_database_url_from_the_new_password(aws):
    arn = create_database_secret(aws, host="db.example.internal")
    token = begin_rotation(arn)
    hostile = "p:a%s?s#w[o]r d+&=;,$!*()"
    rotation.create_secret(HostileRandom(aws, hostile), arn, token)
    _, pending = value(aws, arn, "AWSPENDING", token)
    assert pending["password"] == hostile
    url = urllib.parse.urlsplit(pending["DATABASE_URL"])
    assert url.scheme == "postgresql"
    assert urllib.parse.unquote(url.password) == hostile
    assert url.username == "litellm"
    assert (url.hostname, url.port, url.path) == ("db.example.internal", 5432, "/litellm")
    assert hostile not in pending["DATABASE_URL"]


def test_create_step_uses_secrets_manager_passwords_with_the_exclusions(aws):
    arn = create_database_secret(aws, host="db.example.internal")
    _, before = value(aws, arn)
    token = begin_rotation(arn)
    step(arn, token, "createSecret")
    _, pending = value(aws, arn, "AWSPENDING", token)
    assert len(pending["password"]) == 32
    assert pending["password"] != before["password"]
    assert not set(EXCLUDED) & set(pending["password"])
    url = urllib.parse.urlsplit(pending["DATABASE_URL"])
    assert urllib.parse.unquote(url.password) == pending["password"]
    step(arn, token, "createSecret")  # a retried step keeps the password it made
    assert value(aws, arn, "AWSPENDING", token)[1] == pending


def test_failing_set_step_leaves_the_current_version_alone(aws):
    closed_port = free_port()  # nothing listens there
    arn = create_database_secret(aws, host="127.0.0.1", port=str(closed_port))
    rotation.complete_secret(aws, arn, "127.0.0.1", closed_port, "litellm")
    before = value(aws, arn)
    token = begin_rotation(arn)
    step(arn, token, "createSecret")
    with pytest.raises(ConnectionError):
        step(arn, token, "setSecret")
    assert value(aws, arn) == before


def test_custom_resource_create_fills_the_secret_and_answers_success(aws):
    arn = create_database_secret(aws)
    _, before = value(aws, arn)
    with ResponseCatcher() as catcher:
        rotation.handler(cloudformation_event("Create", catcher.url, arn), LambdaContext())
    answer = catcher.body()
    assert answer["Status"] == "SUCCESS"
    assert answer["RequestId"] == "request-1"
    assert answer["LogicalResourceId"] == "DatabaseSecretCompletion"
    assert answer["PhysicalResourceId"] == f"{arn}|connection"
    _, after = value(aws, arn)
    assert after["host"] == "litellm-db.abc123.us-east-1.rds.amazonaws.com"
    assert after["port"] == "5432"
    assert after["password"] == before["password"]
    assert after["DATABASE_URL"] == (
        "postgresql://litellm:" + urllib.parse.quote(before["password"], safe="")
        + "@litellm-db.abc123.us-east-1.rds.amazonaws.com:5432/litellm")
    assert before["password"] not in json.dumps(answer)


def test_custom_resource_failure_answers_failed(aws):
    missing = f"arn:aws:secretsmanager:{REGION}:{DEFAULT_ACCOUNT_ID}:secret:nope-AbCdEf"
    with ResponseCatcher() as catcher:
        rotation.handler(cloudformation_event("Create", catcher.url, missing), LambdaContext())
    answer = catcher.body()
    assert answer["Status"] == "FAILED"
    assert "ResourceNotFoundException" in answer["Reason"]


def test_custom_resource_delete_keeps_the_secret(aws):
    arn = create_database_secret(aws)
    before = value(aws, arn)
    with ResponseCatcher() as catcher:
        event = cloudformation_event("Delete", catcher.url, arn)
        event["PhysicalResourceId"] = f"{arn}|connection"
        rotation.handler(event, LambdaContext())
    assert catcher.body()["Status"] == "SUCCESS"
    assert value(aws, arn) == before


def test_rotation_refuses_a_secret_without_rotation(aws):
    arn = create_database_secret(aws, host="db.example.internal")
    with pytest.raises(ValueError, match="rotation is not enabled"):
        step(arn, "token", "createSecret")


# --- Whole rotation against the real server -----------------------------------------------


def secret_for(aws, postgres, user, password):
    arn = create_database_secret(aws, username=user, dbname=user, password=password)
    rotation.complete_secret(aws, arn, "127.0.0.1", postgres.port, user)
    return arn


def test_rotation_changes_the_database_password(aws, postgres, database_user, caplog):
    caplog.set_level(logging.DEBUG)
    user, old_password = database_user
    arn = secret_for(aws, postgres, user, old_password)
    old_version, _ = value(aws, arn)
    token = begin_rotation(arn)
    for name in ("createSecret", "setSecret", "testSecret", "finishSecret"):
        step(arn, token, name)
    version, current = value(aws, arn)
    assert version == token
    new_password = current["password"]
    assert new_password != old_password
    assert urllib.parse.unquote(
        urllib.parse.urlsplit(current["DATABASE_URL"]).password) == new_password
    assert value(aws, arn, "AWSPREVIOUS")[0] == old_version
    with pytest.raises(rotation.PgError) as refused:
        login(postgres, user, old_password)
    assert refused.value.code == "28P01"
    with login(postgres, user, new_password) as connection:
        assert connection.query("SELECT current_user") == [(user,)]
    assert "no ECS service dev-litellm-cluster/dev-litellm-service" in caplog.text
    for password in (old_password, new_password, urllib.parse.quote(new_password, safe="")):
        assert password not in caplog.text


def test_set_step_is_idempotent(aws, postgres, database_user):
    user, password = database_user
    arn = secret_for(aws, postgres, user, password)
    token = begin_rotation(arn)
    step(arn, token, "createSecret")
    step(arn, token, "setSecret")
    step(arn, token, "setSecret")  # the pending password already works: nothing to change
    _, pending = value(aws, arn, "AWSPENDING", token)
    login(postgres, user, pending["password"]).close()


def test_failing_test_step_leaves_the_current_version_alone(aws, postgres, database_user):
    user, password = database_user
    arn = secret_for(aws, postgres, user, password)
    before = value(aws, arn)
    token = begin_rotation(arn)
    step(arn, token, "createSecret")
    with pytest.raises(RuntimeError, match="refused the new password"):
        step(arn, token, "testSecret")  # setSecret never ran: the database has the old one
    assert value(aws, arn) == before
    login(postgres, user, password).close()


def test_test_step_refuses_a_stale_database_url(aws, postgres, database_user):
    user, password = database_user
    arn = secret_for(aws, postgres, user, password)
    before = value(aws, arn)
    token = begin_rotation(arn)
    _, current = value(aws, arn)
    stale = {**current, "password": "Fresh-" + os.urandom(12).hex()}  # URL left as it was
    aws.put_secret_value(SecretId=arn, ClientRequestToken=token, VersionStages=["AWSPENDING"],
                         SecretString=json.dumps(stale))
    step(arn, token, "setSecret")
    with pytest.raises(RuntimeError, match="DATABASE_URL does not match"):
        step(arn, token, "testSecret")
    assert value(aws, arn) == before


def test_set_step_refuses_a_pending_version_for_another_host(aws, postgres, database_user):
    user, password = database_user
    arn = secret_for(aws, postgres, user, password)
    before = value(aws, arn)
    token = begin_rotation(arn)
    _, current = value(aws, arn)
    aws.put_secret_value(SecretId=arn, ClientRequestToken=token, VersionStages=["AWSPENDING"],
                         SecretString=json.dumps({**current, "host": "elsewhere.example"}))
    with pytest.raises(ValueError, match="changes host"):
        step(arn, token, "setSecret")
    assert value(aws, arn) == before
    login(postgres, user, password).close()


# --- Helpers for the custom resource ------------------------------------------------------


class LambdaContext:
    log_stream_name = "2026/01/01/[$LATEST]abc"


def cloudformation_event(request_type, url, arn):
    return {
        "RequestType": request_type,
        "ResponseURL": url,
        "StackId": "arn:aws:cloudformation:us-east-1:123456789012:stack/dev-database-stack/x",
        "RequestId": "request-1",
        "LogicalResourceId": "DatabaseSecretCompletion",
        "ResourceType": "Custom::DatabaseSecret",
        "ResourceProperties": {
            "ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:x",
            "SecretArn": arn,
            "Host": "litellm-db.abc123.us-east-1.rds.amazonaws.com",
            "Port": "5432",
            "DbName": "litellm",
        },
    }


class ResponseCatcher:
    """Stands in for CloudFormation's pre-signed S3 URL on 127.0.0.1."""

    def __init__(self):
        received = self.received = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_PUT(self):
                length = int(self.headers["Content-Length"])
                received.append(self.rfile.read(length))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/response?X-Amz-Signature=x"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.server.shutdown()
        self.server.server_close()

    def body(self):
        assert len(self.received) == 1, "expected exactly one answer to CloudFormation"
        return json.loads(self.received[0])
