#!/usr/bin/env python3
"""Extracts the AWS-recorded cases that exercise payload templates, intrinsic functions and
InputPath/OutputPath from shared/conformance/aws-recorded into template-cases.json (kept small so
the tests run without the shared folder). Re-run when the recordings change:

    python3 extract_cases.py /work/shared/conformance/aws-recorded > template-cases.json
"""
import glob
import json
import os
import sys

PREFIX_END = "). "


def detail(cause):
    # Drop AWS's "An error occurred while executing the state 'S' (entered at the event id #N). "
    return cause[cause.index(PREFIX_END) + len(PREFIX_END):] if cause and PREFIX_END in cause else cause


def main(folder):
    cases = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        d = json.load(open(path))
        if d["meta"].get("query_language") != "JSONPath":
            continue
        states = d["definition"]["States"]
        expected = d["expected"]
        name = os.path.basename(path)
        if len(states) != 1:
            continue
        (state,) = states.values()
        if state.get("Type") != "Pass":
            continue
        ok = expected["status"] == "SUCCEEDED"
        base = {"id": name, "input": d["input"]}
        if "Assign" in state and "Result" in state:
            # Assign's ".$" fields read the state's Result; AWS records what they produced.
            assigned = next(e["stateExitedEventDetails"]["assignedVariables"] for e in expected["events"] if "stateExitedEventDetails" in e)
            # History records each variable as JSON text (the recorder parsed only texts starting with '{').
            assigned = {k: json.loads(v) if isinstance(v, str) else v for k, v in assigned.items()}
            cases.append(dict(base, kind="template", template=state["Assign"], input=state["Result"], output=assigned))
            continue
        if ok and d["meta"].get("placeholders_in_expected"):
            continue
        if ok and "RandomNumberGenerated" in json.dumps(expected.get("output")):
            continue
        if ok and "<ArnPart" in json.dumps(expected.get("output")):
            continue
        if "Parameters" in state and "Result" not in state:
            case = dict(base, kind="template", template=state["Parameters"])
        elif "InputPath" in state or "OutputPath" in state:
            case = dict(base, kind="selection", path=state.get("InputPath") or state.get("OutputPath"))
        else:
            continue
        if ok:
            case["output"] = expected["output"]
        else:
            case["error"] = expected["error"]
            case["detail"] = detail(expected["cause"])
        cases.append(case)
    json.dump(cases, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main(sys.argv[1])
