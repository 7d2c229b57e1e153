"""Makes the Lambda sources under src/main/resources importable by the tests."""
import pathlib
import sys

LAMBDA_SOURCES = (pathlib.Path(__file__).resolve().parents[2]
                  / "main" / "resources" / "org" / "llmgateway" / "cfn" / "generators" / "lambda")
sys.path.insert(0, str(LAMBDA_SOURCES))
