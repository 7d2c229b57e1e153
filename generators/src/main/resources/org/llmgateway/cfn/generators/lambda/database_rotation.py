"""Completes and rotates the LiteLLM database secret (alternating users).

One Lambda function (Python 3.12) serves two callers:

* CloudFormation, through the Custom::DatabaseSecret resource of the database stack: once the
  RDS instance exists, it logs in as the RDS master user (whose secret RDS manages), makes a
  NOLOGIN role own the database, creates the secret's application user as a member of it, and
  writes host, port, dbname, masterarn and DATABASE_URL into the secret's current version.
* Secrets Manager rotation: createSecret, setSecret, testSecret and finishSecret alternate
  between <user> and <user>_clone, after which the LiteLLM ECS service is redeployed so its
  tasks read the new DATABASE_URL while the old user's password still works.

The database stack embeds this file verbatim as inline code, which cannot carry packages: the
small part of the PostgreSQL protocol needed (TLS, SCRAM-SHA-256 or MD5 login, simple queries)
is implemented below with the standard library. No secret value is ever logged.
"""

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import socket
import ssl
import struct
import urllib.parse
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, EndpointConnectionError, ReadTimeoutError

LOG = logging.getLogger("database_rotation")
LOG.setLevel(logging.INFO)
# At DEBUG the SDK logs request and response bodies, secret values included.
for _sdk in ("boto3", "botocore", "urllib3"):
    logging.getLogger(_sdk).setLevel(logging.WARNING)

# PostgreSQL refuses a login with these SQLSTATEs when the password (or the user) is wrong.
AUTHENTICATION_FAILED = {"28P01", "28000"}
CONNECTION_FIELDS = ("username", "password", "host", "port", "dbname")
CLONE_SUFFIX = "_clone"
MAX_IDENTIFIER_LENGTH = 63  # PostgreSQL's NAMEDATALEN - 1


# --- PostgreSQL wire protocol (version 3.0) ------------------------------------------------


class PgError(Exception):
    """An ErrorResponse from the server, with its SQLSTATE in ``code``."""

    def __init__(self, fields):
        self.code = fields.get("C", "")
        super().__init__(f"{fields.get('S', 'ERROR')} {self.code}: {fields.get('M', '')}")


class PgConnection:
    """One authenticated session. sslmode: "require", "prefer" or "disable", as in libpq."""

    def __init__(self, host, port, user, password, dbname, sslmode="require", timeout=10.0):
        self.tls = False
        self._user = user
        self._password = password
        sock = socket.create_connection((host, int(port)), timeout=timeout)
        try:
            if sslmode != "disable":
                sock = self._start_tls(sock, host, sslmode)
            self._sock = sock
            self._log_in(dbname)
        except BaseException:
            sock.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _start_tls(self, sock, host, sslmode):
        sock.sendall(struct.pack("!ii", 8, 80877103))
        answer = _receive(sock, 1)
        if answer == b"S":
            context = ssl.create_default_context()
            # RDS certificates chain to the RDS certificate authority, which the Lambda runtime
            # does not trust and inline code cannot ship. TLS still keeps the session private;
            # SCRAM's server signature (checked below) proves the server knows the password.
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            self.tls = True
            return context.wrap_socket(sock, server_hostname=host)
        if answer == b"N" and sslmode == "prefer":
            return sock
        raise ConnectionError(f"the server at {host} does not offer TLS (sslmode={sslmode})")

    def _send(self, kind, payload):
        self._sock.sendall(kind + struct.pack("!i", len(payload) + 4) + payload)

    def _read(self):
        header = _receive(self._sock, 5)
        length = struct.unpack("!i", header[1:])[0]
        return header[:1], _receive(self._sock, length - 4)

    def _log_in(self, dbname):
        options = (
            ("user", self._user),
            ("database", dbname),
            ("application_name", "litellm-db-rotation"),
            ("client_encoding", "UTF8"),
        )
        body = b"".join(k.encode() + b"\0" + v.encode() + b"\0" for k, v in options) + b"\0"
        self._sock.sendall(struct.pack("!ii", len(body) + 8, 196608) + body)
        scram = None
        while True:
            kind, body = self._read()
            if kind == b"E":
                raise PgError(_error_fields(body))
            if kind == b"Z":
                if scram is not None and not scram.verified:
                    raise ConnectionError("the server ended SCRAM without proving its identity")
                return
            if kind != b"R":
                continue  # ParameterStatus, BackendKeyData and notices need no answer
            request = struct.unpack("!i", body[:4])[0]
            if request == 0:
                continue
            if request == 3:
                if not self.tls:
                    raise ConnectionError("refusing to send a clear-text password without TLS")
                self._send(b"p", self._password.encode() + b"\0")
            elif request == 5:
                inner = hashlib.md5((self._password + self._user).encode()).hexdigest()
                outer = hashlib.md5(inner.encode() + body[4:8]).hexdigest()
                self._send(b"p", b"md5" + outer.encode() + b"\0")
            elif request == 10:
                if b"SCRAM-SHA-256" not in body[4:].split(b"\0"):
                    raise ConnectionError("the server offers no SCRAM-SHA-256 authentication")
                scram = _Scram(self._password)
                first = scram.client_first()
                self._send(b"p", b"SCRAM-SHA-256\0" + struct.pack("!i", len(first)) + first)
            elif request == 11:
                self._send(b"p", scram.client_final(body[4:]))
            elif request == 12:
                scram.verify_server(body[4:])
            else:
                raise ConnectionError(f"unsupported authentication request {request}")

    def query(self, sql):
        """Runs one simple query; returns its rows as tuples of str (None for NULL)."""
        self._send(b"Q", sql.encode() + b"\0")
        rows, error = [], None
        while True:
            kind, body = self._read()
            if kind == b"D":
                rows.append(_data_row(body))
            elif kind == b"E":
                error = PgError(_error_fields(body))
            elif kind == b"Z":
                if error is not None:
                    raise error
                return rows

    def close(self):
        try:
            self._send(b"X", b"")
        except OSError:
            pass
        finally:
            self._sock.close()


class _Scram:
    """The client side of SCRAM-SHA-256 (RFC 5802, RFC 7677) without channel binding."""

    def __init__(self, password):
        # Generated passwords are printable ASCII, which SASLprep leaves unchanged.
        self._password = password.encode()
        self._nonce = base64.b64encode(secrets.token_bytes(18)).decode()
        self._first_bare = f"n=,r={self._nonce}"
        self.verified = False

    def client_first(self):
        return f"n,,{self._first_bare}".encode()

    def client_final(self, server_first):
        text = server_first.decode()
        fields = _scram_fields(text)
        if not fields["r"].startswith(self._nonce):
            raise ConnectionError("the SCRAM server nonce does not extend the client nonce")
        salted = hashlib.pbkdf2_hmac(
            "sha256", self._password, base64.b64decode(fields["s"]), int(fields["i"]))
        client_key = _hmac(salted, b"Client Key")
        without_proof = f"c=biws,r={fields['r']}"
        self._auth_message = f"{self._first_bare},{text},{without_proof}".encode()
        signature = _hmac(hashlib.sha256(client_key).digest(), self._auth_message)
        proof = bytes(a ^ b for a, b in zip(client_key, signature))
        self._server_key = _hmac(salted, b"Server Key")
        return f"{without_proof},p={base64.b64encode(proof).decode()}".encode()

    def verify_server(self, server_final):
        fields = _scram_fields(server_final.decode())
        if "e" in fields:
            raise ConnectionError(f"SCRAM failed: {fields['e']}")
        expected = _hmac(self._server_key, self._auth_message)
        if not hmac.compare_digest(base64.b64decode(fields.get("v", "")), expected):
            raise ConnectionError("the server's SCRAM signature is wrong")
        self.verified = True


def _receive(sock, count):
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise ConnectionError("the database server closed the connection")
        data += chunk
    return data


def _hmac(key, message):
    return hmac.new(key, message, hashlib.sha256).digest()


def _scram_fields(text):
    return dict(item.split("=", 1) for item in text.split(",") if "=" in item)


def _error_fields(body):
    return {chr(part[0]): part[1:].decode(errors="replace") for part in body.split(b"\0") if part}


def _data_row(body):
    count = struct.unpack("!h", body[:2])[0]
    values, offset = [], 2
    for _ in range(count):
        length = struct.unpack("!i", body[offset:offset + 4])[0]
        offset += 4
        if length < 0:
            values.append(None)
        else:
            values.append(body[offset:offset + length].decode())
            offset += length
    return tuple(values)


def quote_ident(name):
    """A SQL identifier, quoted so any name is taken literally."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value):
    """A SQL string literal of value. The E'' form reads the same whatever
    standard_conforming_strings is, since backslashes are escaped as well as quotes."""
    if "\0" in value:
        raise ValueError("PostgreSQL text cannot contain a NUL character")
    return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def scram_verifier(password, iterations=4096):
    """What PostgreSQL stores for a SCRAM-SHA-256 password. ALTER USER given a verifier stores it
    as is, so the new password itself never crosses the network or reaches a statement log."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    stored_key = hashlib.sha256(_hmac(salted, b"Client Key")).digest()
    server_key = _hmac(salted, b"Server Key")
    encode = lambda raw: base64.b64encode(raw).decode()  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{encode(salt)}${encode(stored_key)}:{encode(server_key)}"


# --- The secret ---------------------------------------------------------------------------
#
# Alternating users, as AWS documents it (https://docs.aws.amazon.com/secretsmanager/latest/
# userguide/rotation-strategy.html) and as its SecretsManagerRDSPostgreSQLRotationMultiUser
# template does it (github.com/aws-samples/aws-secrets-manager-rotation-lambdas): each rotation
# gives the other of <user> and <user>_clone a new password, logged in with the master secret
# named by the secret's "masterarn", so the user running tasks still hold keeps its password.


def with_database_url(secret):
    """The secret with DATABASE_URL derived from its fields (user and password URL-encoded)."""
    missing = [field for field in CONNECTION_FIELDS if not secret.get(field)]
    if missing:
        raise ValueError(f"the database secret lacks {', '.join(missing)}")
    quote = lambda text: urllib.parse.quote(str(text), safe="")  # noqa: E731
    url = (f"postgresql://{quote(secret['username'])}:{quote(secret['password'])}"
           f"@{secret['host']}:{secret['port']}/{quote(secret['dbname'])}")
    return {**secret, "DATABASE_URL": url}


def alternate_username(username):
    """The other user of the pair: <user> and <user>_clone, as in AWS's template."""
    if username.endswith(CLONE_SUFFIX):
        return username[:-len(CLONE_SUFFIX)]
    if len(username + CLONE_SUFFIX) > MAX_IDENTIFIER_LENGTH:
        raise ValueError(f"the user name {username!r} leaves no room for {CLONE_SUFFIX}")
    return username + CLONE_SUFFIX


def connect(secret):
    return PgConnection(secret["host"], secret["port"], secret["username"], secret["password"],
                        secret["dbname"])


def _get_secret(client, arn, stage, version=None):
    arguments = {"SecretId": arn, "VersionStage": stage}
    if version:
        arguments["VersionId"] = version
    return json.loads(client.get_secret_value(**arguments)["SecretString"])


def _try_login(secret):
    """A connection, or None when the database refuses these credentials."""
    try:
        return connect(secret)
    except PgError as error:
        if error.code in AUTHENTICATION_FAILED:
            return None
        raise


def _as_master(client, secret, *users):
    """A session of the RDS master user (the secret RDS manages) on the secret's database, for
    managing users, none of which may be the master itself."""
    if not secret.get("masterarn"):
        raise ValueError("the database secret has no masterarn; the stack's DatabaseSecret"
                         " custom resource writes it")
    master = _get_secret(client, secret["masterarn"], "AWSCURRENT")
    if master["username"] in users:
        raise ValueError("the database secret names the RDS master user; LiteLLM's user must"
                         " be another (deploy the security stack first)")
    return connect({**secret, "username": master["username"], "password": master["password"]})


def _run(connection, step, *statements):
    for statement in statements:
        try:
            connection.query(statement)
        except PgError as error:  # the statement may hold a password verifier: never shown
            raise RuntimeError(f"{step}: {' '.join(statement.split()[:2])} failed: {error}"
                               ) from None


def _role_exists(connection, name):
    return bool(connection.query(f"SELECT 1 FROM pg_roles WHERE rolname = {quote_literal(name)}"))


def _set_password(connection, step, user, password, create):
    verb = "CREATE ROLE" if create else "ALTER ROLE"
    _run(connection, step, f"{verb} {quote_ident(user)} WITH LOGIN PASSWORD "
                           f"{quote_literal(scram_verifier(password))}")


def prepare_database(connection, secret, owner):
    """Makes the database and everything in it belong to the NOLOGIN role owner, and the
    secret's user a member that acts as owner from login on (ALTER ROLE ... SET role), so
    whichever of the two users runs LiteLLM's Prisma migrations creates objects the other can
    alter too. The master keeps nothing of its own there."""
    user, dbname = secret["username"], secret["dbname"]
    step = "DatabaseSecret"
    if not _role_exists(connection, owner):
        _run(connection, step, f"CREATE ROLE {quote_ident(owner)} NOLOGIN")
    # REASSIGN OWNED also moves every database the master owns: the others are given back in
    # the same implicit transaction (one simple query), so they never belong to the app users.
    others = connection.query("SELECT datname FROM pg_database WHERE datdba = "
                              f"session_user::regrole AND datname <> {quote_literal(dbname)}")
    give_back = "".join(f"ALTER DATABASE {quote_ident(name)} OWNER TO CURRENT_USER; "
                        for (name,) in others)
    _run(connection, step,
         f"GRANT {quote_ident(owner)} TO CURRENT_USER",
         f"ALTER DATABASE {quote_ident(dbname)} OWNER TO {quote_ident(owner)}",
         f"REASSIGN OWNED BY CURRENT_USER TO {quote_ident(owner)}; {give_back}")
    login = _try_login(secret)
    if login is not None:
        login.close()
    else:
        _set_password(connection, step, user, secret["password"],
                      create=not _role_exists(connection, user))
    _run(connection, step,
         f"GRANT {quote_ident(owner)} TO {quote_ident(user)}",
         f"ALTER ROLE {quote_ident(user)} SET role = {quote_literal(owner)}")


def complete_secret(client, arn, host, port, dbname, master_arn, owner):
    """Prepares the database for the current user and adds the instance's address, the master
    secret's ARN and the URL derived from them to the current version."""
    current = _get_secret(client, arn, "AWSCURRENT")
    completed = with_database_url({**current, "host": host, "port": str(port), "dbname": dbname,
                                   "masterarn": master_arn})
    with _as_master(client, completed, completed["username"]) as connection:
        prepare_database(connection, completed, owner)
    if completed == current:
        LOG.info("The secret already describes %s:%s/%s", host, port, dbname)
        return
    client.put_secret_value(SecretId=arn, SecretString=json.dumps(completed),
                            VersionStages=["AWSCURRENT"])
    LOG.info("Wrote host, port, dbname, masterarn and DATABASE_URL for %s:%s/%s", host, port,
             dbname)
    if current.get("DATABASE_URL"):  # running tasks hold the old URL, which may not work now
        redeploy_service()


def create_secret(client, arn, token):
    current = _get_secret(client, arn, "AWSCURRENT")
    try:
        _get_secret(client, arn, "AWSPENDING", token)
        LOG.info("createSecret: version %s already holds new credentials", token)
        return
    except client.exceptions.ResourceNotFoundException:
        pass
    password = client.get_random_password(
        PasswordLength=int(os.environ["PASSWORD_LENGTH"]),
        ExcludeCharacters=os.environ["EXCLUDE_CHARACTERS"])["RandomPassword"]
    pending = with_database_url({**current, "username": alternate_username(current["username"]),
                                 "password": password})
    client.put_secret_value(SecretId=arn, ClientRequestToken=token,
                            SecretString=json.dumps(pending), VersionStages=["AWSPENDING"])
    LOG.info("createSecret: stored version %s for user %s with a new password", token,
             pending["username"])


def set_secret(client, arn, token):
    pending = _get_secret(client, arn, "AWSPENDING", token)
    current = _get_secret(client, arn, "AWSCURRENT")
    if pending.get("username") != alternate_username(current["username"]):
        raise ValueError("setSecret: the new version is not for the other user of the pair;"
                         " refusing to rotate")
    for field in ("host", "port", "dbname", "masterarn"):
        if str(pending.get(field)) != str(current.get(field)):
            raise ValueError(f"setSecret: the new version changes {field}; refusing to rotate")
    connection = _try_login(pending)
    if connection is not None:
        connection.close()
        LOG.info("setSecret: the database already accepts the new password")
        return
    # As AWS's template: the current credentials must work, so a secret naming a user it has no
    # password for cannot make the master clone that user (confused deputy).
    connection = _try_login(current)
    if connection is None:
        raise PermissionError("setSecret: the database refuses the current credentials")
    connection.close()
    user, model = pending["username"], current["username"]
    with _as_master(client, current, user, model) as master:
        _set_password(master, "setSecret", user, pending["password"],
                      create=not _role_exists(master, user))
        # The clone gets the current user's role memberships and login settings, as AWS's
        # template grants it the current user's permissions.
        roles = master.query(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
            f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = {quote_literal(model)}")
        settings = master.query("SELECT unnest(rolconfig) FROM pg_roles WHERE rolname = "
                                f"{quote_literal(model)}")
        _run(master, "setSecret",
             *(f"GRANT {quote_ident(role)} TO {quote_ident(user)}" for (role,) in roles),
             *(f"ALTER ROLE {quote_ident(user)} SET {quote_ident(setting.split('=', 1)[0])} = "
               f"{quote_literal(setting.split('=', 1)[1])}" for (setting,) in settings))
    LOG.info("setSecret: database user %s has its new password and the roles of %s", user, model)


def test_secret(client, arn, token):
    pending = _get_secret(client, arn, "AWSPENDING", token)
    if with_database_url(pending) != pending:
        raise RuntimeError("testSecret: DATABASE_URL does not match the new password and fields")
    try:
        with connect(pending) as connection:
            rows = connection.query("SELECT session_user, has_database_privilege("
                                    "current_database(), 'CREATE')")
    except PgError as error:
        raise RuntimeError(f"testSecret: the database refused the new password (SQLSTATE "
                           f"{error.code})") from None
    if rows != [(pending["username"], "t")]:
        raise RuntimeError("testSecret: logged in as another user, or one that cannot run"
                           " LiteLLM's migrations")
    LOG.info("testSecret: user %s logs in with the new password", pending["username"])


def finish_secret(client, arn, token):
    versions = client.describe_secret(SecretId=arn)["VersionIdsToStages"]
    current = next((v for v, stages in versions.items() if "AWSCURRENT" in stages), None)
    if current != token:
        client.update_secret_version_stage(SecretId=arn, VersionStage="AWSCURRENT",
                                           MoveToVersionId=token, RemoveFromVersionId=current)
        LOG.info("finishSecret: version %s is now AWSCURRENT (was %s)", token, current)
    redeploy_service()


def redeploy_service():
    """ECS resolves secrets when a task starts, so only new tasks see the new DATABASE_URL."""
    cluster, service = os.environ["ECS_CLUSTER"], os.environ["ECS_SERVICE"]
    ecs = boto3.client("ecs", config=Config(connect_timeout=5, read_timeout=20,
                                            retries={"max_attempts": 2}))
    try:
        ecs.update_service(cluster=cluster, service=service, forceNewDeployment=True)
        LOG.info("finishSecret: started a new deployment of %s/%s", cluster, service)
    except ClientError as error:
        code = error.response["Error"]["Code"]
        if code not in ("ClusterNotFoundException", "ServiceNotFoundException",
                        "ServiceNotActiveException"):
            raise
        LOG.warning("finishSecret: no ECS service %s/%s to redeploy (%s)", cluster, service, code)
    except (EndpointConnectionError, ReadTimeoutError) as error:
        LOG.error("finishSecret: the ECS API is unreachable (%s); force a new deployment of %s/%s"
                  " by hand", type(error).__name__, cluster, service)


STEPS = {
    "createSecret": create_secret,
    "setSecret": set_secret,
    "testSecret": test_secret,
    "finishSecret": finish_secret,
}


def rotate(event):
    arn, token, step = event["SecretId"], event["ClientRequestToken"], event["Step"]
    if step not in STEPS:
        raise ValueError(f"unknown rotation step {step!r}")
    client = boto3.client("secretsmanager")
    metadata = client.describe_secret(SecretId=arn)
    if not metadata.get("RotationEnabled"):
        raise ValueError(f"rotation is not enabled for {arn}")
    stages = metadata.get("VersionIdsToStages", {}).get(token)
    if stages is None:
        raise ValueError(f"version {token} is not a version of {arn}")
    # finishSecret runs again after a failed redeploy, when the version is already current.
    if "AWSCURRENT" in stages and step != "finishSecret":
        LOG.info("%s: version %s is already AWSCURRENT", step, token)
        return
    if "AWSCURRENT" not in stages and "AWSPENDING" not in stages:
        raise ValueError(f"version {token} is neither AWSPENDING nor AWSCURRENT")
    LOG.info("%s for version %s of %s", step, token, arn)
    STEPS[step](client, arn, token)


# --- CloudFormation custom resource -------------------------------------------------------


def on_cloudformation(event, context):
    properties = event.get("ResourceProperties", {})
    physical_id = event.get("PhysicalResourceId") or f"{properties.get('SecretArn')}|connection"
    status, reason = "SUCCESS", ""
    try:
        if event["RequestType"] in ("Create", "Update"):
            complete_secret(boto3.client("secretsmanager"), properties["SecretArn"],
                            properties["Host"], properties["Port"], properties["DbName"],
                            properties["MasterSecretArn"], properties["OwnerRole"])
    except Exception as error:  # CloudFormation waits an hour for an answer that never comes
        status, reason = "FAILED", f"{type(error).__name__}: {error}"
        LOG.error("%s of %s failed: %s", event.get("RequestType"),
                  event.get("LogicalResourceId"), reason)
    _answer(event, context, status, reason, physical_id)


def _answer(event, context, status, reason, physical_id):
    log_stream = getattr(context, "log_stream_name", "")
    body = json.dumps({
        "Status": status,
        "Reason": f"{reason} (log stream {log_stream})"[:1000],
        "PhysicalResourceId": physical_id,
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
        "NoEcho": True,
        "Data": {},
    }).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                     headers={"Content-Type": "",
                                              "Content-Length": str(len(body))})
    with urllib.request.urlopen(request, timeout=30) as response:
        LOG.info("Answered CloudFormation %s (HTTP %s)", status, response.status)


def handler(event, context):
    if "RequestType" in event and "ResponseURL" in event:
        on_cloudformation(event, context)
    else:
        rotate(event)
