"""The moto_server launcher of the Java deploy tests answers one request at a time, and builds
its EC2 backends without moto's default machine images.

moto's CloudFormation state is not thread-safe (the launcher's docstring says where it broke), so
the launcher wraps moto's WSGI application in a lock. These tests send two requests on two
threads through moto's application class and see whether their handling overlaps. The launcher
changes moto where it is imported, so it is imported in a Python process of its own, never in
this one, whose other tests use moto as it is.
"""
import pathlib
import subprocess
import sys

LAUNCHER = (pathlib.Path(__file__).resolve().parents[1]
            / "resources" / "moto" / "moto_server_with_documented_attributes.py")

# Prints how many of two concurrent requests were inside moto's application at the same time.
# The application's own handling is replaced by a slow stand-in below the launcher's wrapper (or
# in place of moto's, when the launcher is not loaded).
MEASURE = """
import importlib.util, sys, threading, time
from moto.moto_server import werkzeug_app

inside = most = 0
count = threading.Lock()

def slow_request(_app, _environ, _start_response):
    global inside, most
    with count:
        inside += 1
        most = max(most, inside)
    time.sleep(0.2)
    with count:
        inside -= 1
    return [b""]

werkzeug_app.DomainDispatcherApplication.__call__ = slow_request
if sys.argv[1] == "launcher":
    spec = importlib.util.spec_from_file_location("launcher", sys.argv[2])
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
app = werkzeug_app.DomainDispatcherApplication.__new__(werkzeug_app.DomainDispatcherApplication)
threads = [threading.Thread(target=app, args=({}, None)) for _ in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(most)
"""


def _printed_number(script, mode):
    """The number a script prints in a Python process of its own, with the launcher or without."""
    answer = subprocess.run([sys.executable, "-c", script, mode, str(LAUNCHER)],
                            capture_output=True, text=True, timeout=120, check=True)
    return int(answer.stdout.strip())


def _most_at_once(mode):
    return _printed_number(MEASURE, mode)


def test_the_launcher_has_moto_handle_one_request_at_a_time():
    assert _most_at_once("launcher") == 1


def test_moto_alone_handles_the_two_requests_at_once():
    # the measure can see an overlap: without the launcher both requests are inside together
    assert _most_at_once("moto") == 2


# Prints how many machine images a fresh EC2 backend holds, with or without the launcher loaded.
COUNT_IMAGES = """
import importlib.util, os, sys
os.environ.pop("MOTO_EC2_LOAD_DEFAULT_AMIS", None)
if sys.argv[1] == "launcher":
    spec = importlib.util.spec_from_file_location("launcher", sys.argv[2])
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
from moto.ec2.models import EC2Backend
print(len(EC2Backend("us-east-1", "123456789012").amis))
"""


def _images(mode):
    return _printed_number(COUNT_IMAGES, mode)


def test_the_launcher_builds_ec2_backends_without_the_default_images():
    assert _images("launcher") == 0


def test_moto_alone_loads_its_default_images_into_every_ec2_backend():
    # the count can see the difference: stock moto loads thousands
    assert _images("moto") > 1000
