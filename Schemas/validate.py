#!/usr/bin/env python3
"""Validates policyalign JSON output against Schemas/policyalign.schema.json.

usage: validate.py DEFINITION FILE...   (DEFINITION: sectionsOutput, alignOutput,
untranslatedOutput, parityOutput or batchOutput). Prints one line per problem and exits 1
when any file does not validate. Needs the jsonschema package (pip install jsonschema).
"""
import json
import os
import sys

import jsonschema


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "policyalign.schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    definition = sys.argv[1]
    if definition not in schema["$defs"]:
        print(f"validate.py: unknown definition {definition}", file=sys.stderr)
        return 64
    schema = dict(schema, **{"$ref": "#/$defs/" + definition})
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        for error in validator.iter_errors(document):
            failed = True
            location = "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {location}: {error.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
