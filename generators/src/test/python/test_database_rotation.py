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

    def sql(self, statement, dbname="postgres"):
        """Runs SQL as the superuser over the Unix socket (trust): independent of the code
        under test."""
        result = self.command(os.path.join(self.bindir, "psql"), "-X", "-q", "-A", "-t",
                              "-h", self.directory, "-p", str(self.port), "-U", "postgres",
                              "-d", dbname, "-v", "ON_ERROR_STOP=1", "-c", statement)
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
    value = {"username": "litellm_app", "dbname": "litellm", "port": "5432",
             "engine": "postgres", "password": "Initial-Password-1234567890abcd"}
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


def rotate_fully(arn):
    token = begin_rotation(arn)
    for name in ("createSecret", "setSecret", "testSecret", "finishSecret"):
        step(arn, token, name)
    return token


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


def completed_without_database(client, arn, host, port):
    """Completes the secret the way the custom resource would, for tests with no database."""
    _, current = value(client, arn)
    completed = rotation.with_database_url({**current, "host": host, "port": str(port),
                                            "masterarn": MASTER_ARN_ELSEWHERE})
    client.put_secret_value(SecretId=arn, SecretString=json.dumps(completed),
                            VersionStages=["AWSCURRENT"])


MASTER_ARN_ELSEWHERE = f"arn:aws:secretsmanager:{REGION}:{DEFAULT_ACCOUNT_ID}:secret:rds!db-x"


@pytest.mark.parametrize("user, other", [
    ("litellm_app", "litellm_app_clone"), ("litellm_app_clone", "litellm_app"),
    ("a" * 57, "a" * 57 + "_clone"),
])
def test_the_users_alternate_between_the_name_and_its_clone(user, other):
    assert rotation.alternate_username(user) == other


def test_a_user_name_without_room_for_the_clone_suffix_is_refused():
    with pytest.raises(ValueError, match="no room"):
        rotation.alternate_username("a" * 58)


def test_create_step_switches_user_and_derives_database_url_from_the_new_password(aws):
    arn = create_database_secret(aws)
    completed_without_database(aws, arn, "db.example.internal", 5432)
    token = begin_rotation(arn)
    hostile = "p:a%s?s#w[o]r d+&=;,$!*()"
    rotation.create_secret(HostileRandom(aws, hostile), arn, token)
    _, pending = value(aws, arn, "AWSPENDING", token)
    assert pending["password"] == hostile
    assert pending["username"] == "litellm_app_clone"
    assert pending["masterarn"] == MASTER_ARN_ELSEWHERE
    url = urllib.parse.urlsplit(pending["DATABASE_URL"])
    assert url.scheme == "postgresql"
    assert urllib.parse.unquote(url.password) == hostile
    assert url.username == "litellm_app_clone"
    assert (url.hostname, url.port, url.path) == ("db.example.internal", 5432, "/litellm")
    assert hostile not in pending["DATABASE_URL"]


def test_create_step_uses_secrets_manager_passwords_with_the_exclusions(aws):
    arn = create_database_secret(aws)
    completed_without_database(aws, arn, "db.example.internal", 5432)
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
    arn = create_database_secret(aws)
    completed_without_database(aws, arn, "127.0.0.1", closed_port)
    before = value(aws, arn)
    token = begin_rotation(arn)
    step(arn, token, "createSecret")
    with pytest.raises(ConnectionError):
        step(arn, token, "setSecret")
    assert value(aws, arn) == before


def test_custom_resource_failure_answers_failed(aws):
    missing = f"arn:aws:secretsmanager:{REGION}:{DEFAULT_ACCOUNT_ID}:secret:nope-AbCdEf"
    with ResponseCatcher() as catcher:
        event = cloudformation_event("Create", catcher.url, missing, MASTER_ARN_ELSEWHERE)
        rotation.handler(event, LambdaContext())
    answer = catcher.body()
    assert answer["Status"] == "FAILED"
    assert "ResourceNotFoundException" in answer["Reason"]


def test_custom_resource_delete_keeps_the_secret(aws):
    arn = create_database_secret(aws)
    before = value(aws, arn)
    with ResponseCatcher() as catcher:
        event = cloudformation_event("Delete", catcher.url, arn, MASTER_ARN_ELSEWHERE)
        event["PhysicalResourceId"] = f"{arn}|connection"
        rotation.handler(event, LambdaContext())
    assert catcher.body()["Status"] == "SUCCESS"
    assert value(aws, arn) == before


def test_rotation_refuses_a_secret_without_rotation(aws):
    arn = create_database_secret(aws, host="db.example.internal")
    with pytest.raises(ValueError, match="rotation is not enabled"):
        step(arn, "token", "createSecret")


# --- Completion and rotation against the real server --------------------------------------


class Deployment:
    """What the database stack sets up, on the test cluster: an RDS-like master user (CREATEROLE
    and CREATEDB, not a superuser) owning a fresh database, its secret as RDS manages it, and
    the application's secret as the security stack creates it."""

    def __init__(self, aws, postgres):
        base = f"l{os.urandom(4).hex()}"
        self.aws, self.postgres, self.dbname = aws, postgres, base
        self.master, self.master_password = f"{base}_master", "Master-" + os.urandom(12).hex()
        self.user, self.owner = f"{base}_app", f"{base}_owner"
        self.clone = self.user + "_clone"
        self.initial_password = "Initial-" + os.urandom(12).hex()
        postgres.sql(f"CREATE ROLE {self.master} LOGIN CREATEROLE CREATEDB "
                     f"PASSWORD '{self.master_password}'")
        postgres.sql(f"CREATE DATABASE {base} OWNER {self.master}")
        self.master_arn = aws.create_secret(
            Name=f"rds!db-{base}",
            SecretString=json.dumps({"username": self.master,
                                     "password": self.master_password}))["ARN"]
        self.arn = create_database_secret(aws, username=self.user, dbname=base,
                                          password=self.initial_password)

    def complete(self):
        rotation.complete_secret(self.aws, self.arn, "127.0.0.1", self.postgres.port,
                                 self.dbname, self.master_arn, self.owner)

    def login(self, user, password):
        return login(self.postgres, user, password, dbname=self.dbname)

    def current(self):
        return value(self.aws, self.arn)[1]

    def sql(self, statement):
        return self.postgres.sql(statement, dbname=self.dbname)


@pytest.fixture
def deployment(aws, postgres):
    return Deployment(aws, postgres)


@pytest.fixture
def completed(deployment):
    deployment.complete()
    return deployment


def test_custom_resource_makes_the_app_user_and_completes_the_secret(deployment):
    with ResponseCatcher() as catcher:
        rotation.handler(cloudformation_event("Create", catcher.url, deployment.arn,
                                              deployment.master_arn, deployment.postgres.port,
                                              deployment.dbname, deployment.owner),
                         LambdaContext())
    answer = catcher.body()
    assert answer["Status"] == "SUCCESS", answer["Reason"]
    assert answer["PhysicalResourceId"] == f"{deployment.arn}|connection"
    secret = deployment.current()
    assert (secret["host"], secret["port"], secret["dbname"]) == (
        "127.0.0.1", str(deployment.postgres.port), deployment.dbname)
    assert secret["masterarn"] == deployment.master_arn
    assert secret["DATABASE_URL"] == (
        f"postgresql://{deployment.user}:"
        + urllib.parse.quote(deployment.initial_password, safe="")
        + f"@127.0.0.1:{deployment.postgres.port}/{deployment.dbname}")
    with deployment.login(deployment.user, deployment.initial_password) as app:
        assert app.query("SELECT session_user, current_user") == [(deployment.user,
                                                                   deployment.owner)]
    assert deployment.sql(f"SELECT pg_get_userbyid(datdba) FROM pg_database "
                          f"WHERE datname = '{deployment.dbname}'") == deployment.owner
    # least privilege: the application user is no master and no administrator
    assert deployment.sql(f"SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles "
                          f"WHERE rolname = '{deployment.user}'") == "f"
    assert deployment.sql(f"SELECT rolcanlogin FROM pg_roles "
                          f"WHERE rolname = '{deployment.owner}'") == "f"
    for password in (deployment.initial_password, deployment.master_password):
        assert password not in json.dumps(answer)


def test_completion_hands_what_the_master_owned_to_the_owner_and_can_run_again(deployment):
    # an instance deployed before alternating users: the master ran LiteLLM and owns its tables
    with deployment.login(deployment.master, deployment.master_password) as master:
        master.query("CREATE TYPE \"Status\" AS ENUM ('ok')")
        master.query('CREATE TABLE "LiteLLM_SpendLogs" (n serial PRIMARY KEY, s "Status")')
    other_database = deployment.dbname + "_other"
    deployment.postgres.sql(f"CREATE DATABASE {other_database} OWNER {deployment.master}")
    deployment.complete()
    deployment.complete()
    assert deployment.sql("SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class "
                          "WHERE relnamespace = 'public'::regnamespace") == deployment.owner
    with deployment.login(deployment.user, deployment.initial_password) as app:
        app.query('ALTER TABLE "LiteLLM_SpendLogs" ADD COLUMN spend numeric')
        app.query("ALTER TYPE \"Status\" ADD VALUE 'failed'")
    # the master's other databases stay its own: the application users get no more than theirs
    assert deployment.postgres.sql(f"SELECT pg_get_userbyid(datdba) FROM pg_database "
                                   f"WHERE datname = '{other_database}'") == deployment.master


def test_completion_refuses_a_secret_that_names_the_master_user(deployment):
    deployment.aws.put_secret_value(SecretId=deployment.arn, SecretString=json.dumps(
        {**deployment.current(), "username": deployment.master}))
    with pytest.raises(ValueError, match="names the RDS master user"):
        deployment.complete()
    deployment.login(deployment.master, deployment.master_password).close()


def test_completion_resets_the_password_of_an_existing_user_the_secret_no_longer_opens(
        deployment):
    deployment.postgres.sql(f"CREATE ROLE {deployment.user} LOGIN PASSWORD 'stale-password'")
    deployment.complete()
    deployment.login(deployment.user, deployment.initial_password).close()


def test_rotation_alternates_users_and_the_previous_password_keeps_working(completed, caplog):
    caplog.set_level(logging.DEBUG)
    first_version = value(completed.aws, completed.arn)[0]
    token = rotate_fully(completed.arn)
    version, current = value(completed.aws, completed.arn)
    assert version == token
    assert current["username"] == completed.clone
    new_password = current["password"]
    url = urllib.parse.urlsplit(current["DATABASE_URL"])
    assert (url.username, urllib.parse.unquote(url.password)) == (completed.clone, new_password)
    assert value(completed.aws, completed.arn, "AWSPREVIOUS")[0] == first_version
    with completed.login(completed.user, completed.initial_password) as previous:
        assert previous.query("SELECT session_user") == [(completed.user,)]
    with completed.login(completed.clone, new_password) as clone:
        assert clone.query("SELECT session_user, current_user") == [(completed.clone,
                                                                     completed.owner)]
    assert "no ECS service dev-litellm-cluster/dev-litellm-service" in caplog.text
    for password in (completed.initial_password, new_password, completed.master_password,
                     urllib.parse.quote(new_password, safe="")):
        assert password not in caplog.text


def test_two_rotations_come_back_to_the_first_user_with_a_new_password(completed):
    rotate_fully(completed.arn)
    clone_password = completed.current()["password"]
    rotate_fully(completed.arn)
    current = completed.current()
    assert current["username"] == completed.user
    assert current["password"] not in (completed.initial_password, clone_password)
    completed.login(completed.user, current["password"]).close()
    completed.login(completed.clone, clone_password).close()  # now the previous user
    with pytest.raises(rotation.PgError) as refused:
        completed.login(completed.user, completed.initial_password)
    assert refused.value.code == "28P01"
    rotate_fully(completed.arn)
    assert completed.current()["username"] == completed.clone


def test_connections_of_the_old_user_keep_working_through_the_rotation(completed):
    with completed.login(completed.user, completed.initial_password) as running_task:
        running_task.query("CREATE TABLE during_rotation (n int)")
        token = begin_rotation(completed.arn)
        for name in ("createSecret", "setSecret", "testSecret"):
            step(completed.arn, token, name)
            # an old task opens a new connection between the steps, with what it read at start
            completed.login(completed.user, completed.initial_password).close()
            running_task.query("INSERT INTO during_rotation VALUES (1)")
        step(completed.arn, token, "finishSecret")
        assert running_task.query("SELECT count(*) FROM during_rotation") == [("3",)]
    completed.login(completed.user, completed.initial_password).close()


def test_the_clone_can_read_write_and_alter_what_the_first_user_created(completed):
    # what LiteLLM's Prisma migrations create: an enum, tables, an index, the migration table
    with completed.login(completed.user, completed.initial_password) as app:
        app.query("CREATE TYPE \"UserRole\" AS ENUM ('admin', 'viewer')")
        app.query('CREATE TABLE "LiteLLM_UserTable" (user_id text PRIMARY KEY, '
                  '"role" "UserRole", spend double precision DEFAULT 0)')
        app.query('CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY)')
        app.query("INSERT INTO \"LiteLLM_UserTable\" VALUES ('u1', 'admin', 1.5)")
    rotate_fully(completed.arn)
    clone_password = completed.current()["password"]
    with completed.login(completed.clone, clone_password) as clone:
        assert clone.query('SELECT user_id, "role" FROM "LiteLLM_UserTable"') == [("u1", "admin")]
        clone.query("INSERT INTO \"LiteLLM_UserTable\" VALUES ('u2', 'viewer', 0)")
        clone.query('UPDATE "LiteLLM_UserTable" SET spend = spend + 1')
        clone.query('ALTER TABLE "LiteLLM_UserTable" ADD COLUMN team_id text')
        clone.query("ALTER TYPE \"UserRole\" ADD VALUE 'proxy_admin'")
        clone.query('CREATE INDEX "LiteLLM_UserTable_team_idx" ON "LiteLLM_UserTable" (team_id)')
        clone.query('CREATE TABLE "LiteLLM_TeamTable" (team_id text PRIMARY KEY)')
        clone.query("INSERT INTO _prisma_migrations VALUES ('m2')")
        clone.query("DELETE FROM \"LiteLLM_UserTable\" WHERE user_id = 'u2'")
    # and the other way round, after the next rotation: what the clone created
    with completed.login(completed.user, completed.initial_password) as app:
        app.query('ALTER TABLE "LiteLLM_TeamTable" ADD COLUMN budget numeric')
        app.query('DROP INDEX "LiteLLM_UserTable_team_idx"')
    owners = completed.sql("SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class "
                           "WHERE relnamespace = 'public'::regnamespace")
    assert owners == completed.owner


def test_set_step_is_idempotent(completed):
    token = begin_rotation(completed.arn)
    step(completed.arn, token, "createSecret")
    step(completed.arn, token, "setSecret")
    step(completed.arn, token, "setSecret")  # the pending password already works: nothing to do
    _, pending = value(completed.aws, completed.arn, "AWSPENDING", token)
    completed.login(completed.clone, pending["password"]).close()


def test_set_step_with_a_master_password_that_fails_leaves_everything_alone(completed):
    completed.aws.put_secret_value(SecretId=completed.master_arn, SecretString=json.dumps(
        {"username": completed.master, "password": "not-the-master-password"}))
    before = value(completed.aws, completed.arn)
    token = begin_rotation(completed.arn)
    step(completed.arn, token, "createSecret")
    with pytest.raises(rotation.PgError) as refused:
        step(completed.arn, token, "setSecret")
    assert refused.value.code == "28P01"
    assert value(completed.aws, completed.arn) == before
    assert completed.sql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{completed.clone}'") \
        == "0"
    completed.login(completed.user, completed.initial_password).close()


def test_failing_test_step_leaves_the_current_version_alone(completed):
    before = value(completed.aws, completed.arn)
    token = begin_rotation(completed.arn)
    step(completed.arn, token, "createSecret")
    with pytest.raises(RuntimeError, match="refused the new password"):
        step(completed.arn, token, "testSecret")  # setSecret never ran: no clone yet
    assert value(completed.aws, completed.arn) == before
    completed.login(completed.user, completed.initial_password).close()


def test_test_step_refuses_a_clone_that_cannot_run_migrations(completed):
    before = value(completed.aws, completed.arn)
    token = begin_rotation(completed.arn)
    step(completed.arn, token, "createSecret")
    step(completed.arn, token, "setSecret")
    completed.postgres.sql(f"REVOKE {completed.owner} FROM {completed.clone}")
    with pytest.raises(RuntimeError, match="cannot run"):
        step(completed.arn, token, "testSecret")
    assert value(completed.aws, completed.arn) == before


def test_test_step_refuses_a_stale_database_url(completed):
    before = value(completed.aws, completed.arn)
    token = begin_rotation(completed.arn)
    _, current = before
    stale = {**current, "username": completed.clone, "password": "Fresh-" + os.urandom(12).hex()}
    completed.aws.put_secret_value(SecretId=completed.arn, ClientRequestToken=token,
                                   VersionStages=["AWSPENDING"], SecretString=json.dumps(stale))
    step(completed.arn, token, "setSecret")
    with pytest.raises(RuntimeError, match="DATABASE_URL does not match"):
        step(completed.arn, token, "testSecret")
    assert value(completed.aws, completed.arn) == before


@pytest.mark.parametrize("field, other", [
    ("host", "elsewhere.example"), ("dbname", "postgres"),
    ("masterarn", MASTER_ARN_ELSEWHERE), ("username", "postgres"),
])
def test_set_step_refuses_a_pending_version_for_another_target(completed, field, other):
    before = value(completed.aws, completed.arn)
    token = begin_rotation(completed.arn)
    pending = {**before[1], "username": completed.clone, field: other}
    completed.aws.put_secret_value(SecretId=completed.arn, ClientRequestToken=token,
                                   VersionStages=["AWSPENDING"],
                                   SecretString=json.dumps(rotation.with_database_url(pending)))
    with pytest.raises(ValueError, match="refusing to rotate"):
        step(completed.arn, token, "setSecret")
    assert value(completed.aws, completed.arn) == before
    assert completed.sql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{completed.clone}'") \
        == "0"


def test_set_step_refuses_when_the_current_credentials_do_not_work(completed):
    completed.postgres.sql(f"ALTER ROLE {completed.user} PASSWORD 'changed-by-hand'")
    token = begin_rotation(completed.arn)
    step(completed.arn, token, "createSecret")
    with pytest.raises(PermissionError, match="refuses the current credentials"):
        step(completed.arn, token, "setSecret")
    assert completed.sql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{completed.clone}'") \
        == "0"


# --- Helpers for the custom resource ------------------------------------------------------


class LambdaContext:
    log_stream_name = "2026/01/01/[$LATEST]abc"


def cloudformation_event(request_type, url, arn, master_arn, port="5432", dbname="litellm",
                         owner="litellm_owner"):
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
            "Host": "127.0.0.1",
            "Port": str(port),
            "DbName": dbname,
            "MasterSecretArn": master_arn,
            "OwnerRole": owner,
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
