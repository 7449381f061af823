"""Validates JSON instances against JSON Schemas (draft 2020-12).

Usage: validate_json_schema.py SCHEMA_DIR INSTANCE_DIR
Each INSTANCE_DIR/<collection>/<name>.json is checked against SCHEMA_DIR/<collection>.schema.json.
Prints one line per invalid instance and a closing 'N passed, N failed' line; exits 1 on any failure.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

schemas, instances = map(pathlib.Path, sys.argv[1:3])
passed = failed = 0
for path in sorted(instances.glob("*/*.json")):
    schema = json.loads((schemas / f"{path.parent.name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    if errors:
        failed += 1
        print(f"INVALID {path.parent.name}/{path.name}: {errors[0].message}")
    else:
        passed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
