#!/usr/bin/env python3
"""Check network files against schema/agencygraph.schema.json (JSON Schema draft 2020-12).

Usage:  python3 scripts/check_schema.py [FILE...]

Without arguments it checks every .yaml/.yml/.json file in graphs/ and examples/, the valid test
fixtures, and that a set of known-invalid test files is rejected (so the schema is shown to bite).
It creates a virtual environment in .venv-schema/ on first use and installs `jsonschema` and
`PyYAML` from PyPI into it, then re-runs itself there.

YAML is read with the YAML 1.2 core schema, as agencygraph reads it: `no`, `on` and dates such as
`2021-09-01` stay strings; only true/false, null/~, integers and floats are typed.

Exit status: 0 all as expected, 1 a file does not match the schema (or an invalid file passes),
3 the environment could not be set up. The last line is `schema: N passed, N failed`.
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv-schema")
SCHEMA = os.path.join(ROOT, "schema", "agencygraph.schema.json")
DATA_FOLDERS = ["graphs", "examples"]
VALID_FIXTURES = ["Tests/AgencyModelTests/Fixtures/small.yaml", "Tests/AgencyModelTests/Fixtures/small.json",
                  "Tests/AgencyModelTests/Fixtures/layers.yaml"]
INVALID_FIXTURES = [
    "Tests/AgencyModelTests/Broken/unknown-key.yaml",
    "Tests/AgencyModelTests/Broken/wrong-type.yaml",
    "Tests/AgencyModelTests/Broken/wrong-type.json",
    "Tests/AgencyModelTests/Broken/unknown-kind-and-type.yaml",
    "Tests/AgencyModelTests/Broken/excerpt-too-long.yaml",
    "Tests/AgencyModelTests/Broken/missing-provenance.yaml",
    "Tests/AgencyModelTests/Broken/invalid-id.yaml",
    "Tests/AgencyModelTests/Broken/bad-date.yaml",
    "Tests/AgencyModelTests/Broken/missing-key.yaml",
    "Tests/AgencyModelTests/Broken/unsupported-format.yaml",
    "Tests/AgencyModelTests/Broken/layer-invalid-name.yaml",
    "Tests/AgencyModelTests/Broken/layer-reserved-name.yaml",
    "Tests/AgencyModelTests/Broken/layer-empty.yaml",
    "Tests/AgencyModelTests/Broken/layer-unknown-type.yaml",
    "Tests/AgencyModelTests/Broken/layer-wrong-type.yaml",
    "Tests/AgencyModelTests/Broken/layer-wrong-type-item.yaml",
]


def ensure_venv():
    """Re-run this script inside .venv-schema, creating it and installing what it needs."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    python = os.path.join(VENV, "bin", "python")
    try:
        if not os.path.exists(python):
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        probe = subprocess.run([python, "-c", "import jsonschema, yaml"], capture_output=True)
        if probe.returncode != 0:
            subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            "jsonschema>=4.18", "PyYAML>=6"], check=True)
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"check_schema: cannot set up {VENV}: {error}", file=sys.stderr)
        sys.exit(3)
    os.execv(python, [python, os.path.abspath(__file__)] + sys.argv[1:])


def core_schema_loader():
    import yaml

    class CoreLoader(yaml.SafeLoader):
        """SafeLoader with the YAML 1.2 core schema's implicit types only."""

    CoreLoader.yaml_implicit_resolvers = {}
    CoreLoader.add_implicit_resolver("tag:yaml.org,2002:bool",
                                     re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    CoreLoader.add_implicit_resolver("tag:yaml.org,2002:null",
                                     re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
    CoreLoader.add_implicit_resolver("tag:yaml.org,2002:int",
                                     re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
    CoreLoader.add_implicit_resolver(
        "tag:yaml.org,2002:float",
        re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                   r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
        list("-+0123456789."))
    return CoreLoader


def load(path, loader):
    import yaml
    with open(path, encoding="utf-8") as handle:
        if path.endswith(".json"):
            return json.load(handle)
        return yaml.load(handle, Loader=loader)


def problems(path, validator, loader):
    """The schema errors of one file, as readable lines (empty when it matches)."""
    try:
        document = load(path, loader)
    except Exception as error:  # a file that does not parse does not match
        return [f"cannot parse: {error}"]
    lines = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        where = "/" + "/".join(str(part) for part in error.absolute_path)
        lines.append(f"{where}: {error.message}")
    return lines


def main():
    ensure_venv()
    import jsonschema

    with open(SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    loader = core_schema_loader()

    if len(sys.argv) > 1:
        valid, invalid = sys.argv[1:], []
    else:
        valid = []
        for folder in DATA_FOLDERS:
            base = os.path.join(ROOT, folder)
            for directory, _, names in sorted(os.walk(base)):
                valid += [os.path.join(directory, n) for n in sorted(names) if n.endswith((".yaml", ".yml", ".json"))]
        valid += [os.path.join(ROOT, p) for p in VALID_FIXTURES]
        invalid = [os.path.join(ROOT, p) for p in INVALID_FIXTURES]

    passed = failed = 0
    for path in valid:
        found = problems(path, validator, loader)
        name = os.path.relpath(path, ROOT)
        if found:
            failed += 1
            print(f"FAIL {name}")
            for line in found:
                print(f"  {line}")
        else:
            passed += 1
            print(f"ok   {name}")
    for path in invalid:
        name = os.path.relpath(path, ROOT)
        if problems(path, validator, loader):
            passed += 1
            print(f"ok   {name} (rejected, as expected)")
        else:
            failed += 1
            print(f"FAIL {name}: expected the schema to reject it")
    print(f"schema: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
