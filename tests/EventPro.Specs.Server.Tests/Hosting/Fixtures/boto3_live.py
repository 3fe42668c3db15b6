"""A boto3 client watching executions live on EventPro.Specs.Server (real time).

Usage: python3 boto3_live.py http://127.0.0.1:PORT
Polls describe_execution until an execution ends, watches a running one's history grow, then stops it.
Prints OK and exits 0 when every check holds; otherwise the failing assertion's traceback, exit 1.
"""
import json
import sys
import time

import boto3
from botocore.config import Config

ENDPOINT = sys.argv[1]
ROLE = "arn:aws:iam::123456789012:role/sfn"
POLL_SECONDS = 0.05
POLLS = 1200


def machine(seconds):
    return json.dumps({
        "StartAt": "Hold",
        "States": {
            "Hold": {"Type": "Wait", "Seconds": seconds, "Next": "Done"},
            "Done": {"Type": "Pass", "Result": {"done": True}, "ResultPath": "$.result", "End": True},
        },
    })


client = boto3.client("stepfunctions", endpoint_url=ENDPOINT, region_name="us-east-1", config=Config(retries={"max_attempts": 1}))


def poll(describe, done):
    for _ in range(POLLS):
        value = describe()
        if done(value):
            return value
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"still waiting after {POLLS} polls: {value}")


def types(events):
    return [e["type"] for e in events]


# A one-second Wait: poll describe_execution until it is no longer RUNNING.
short = client.create_state_machine(name="OneSecond", definition=machine(1), roleArn=ROLE)["stateMachineArn"]
quick = client.start_execution(stateMachineArn=short, input=json.dumps({"order": 1}))["executionArn"]
ended = poll(lambda: client.describe_execution(executionArn=quick), lambda d: d["status"] != "RUNNING")
assert ended["status"] == "SUCCEEDED", ended
assert ended["stopDate"] >= ended["startDate"], ended
assert json.loads(ended["output"]) == {"order": 1, "result": {"done": True}}, ended
assert types(client.get_execution_history(executionArn=quick)["events"])[-1] == "ExecutionSucceeded"

# An hour-long Wait: its history shows the Wait entered while it runs; then it is stopped.
long = client.create_state_machine(name="OneHour", definition=machine(3600), roleArn=ROLE)["stateMachineArn"]
slow = client.start_execution(stateMachineArn=long, name="slow", input="{}")["executionArn"]
history = poll(lambda: client.get_execution_history(executionArn=slow)["events"], lambda events: types(events)[-1:] == ["WaitStateEntered"])
assert types(history) == ["ExecutionStarted", "WaitStateEntered"], history
running = client.describe_execution(executionArn=slow)
assert running["status"] == "RUNNING" and "stopDate" not in running and "output" not in running, running
assert [e["name"] for e in client.list_executions(stateMachineArn=long, statusFilter="RUNNING")["executions"]] == ["slow"]
assert client.describe_state_machine_for_execution(executionArn=slow)["definition"] == machine(3600)

stopped = client.stop_execution(executionArn=slow, error="Operator", cause="no need to wait")
aborted = poll(lambda: client.describe_execution(executionArn=slow), lambda d: d["status"] != "RUNNING")
assert (aborted["status"], aborted["error"], aborted["cause"]) == ("ABORTED", "Operator", "no need to wait"), aborted
assert aborted["stopDate"] == stopped["stopDate"], (aborted, stopped)
last = client.get_execution_history(executionArn=slow, reverseOrder=True, maxResults=1)["events"][0]
assert last["type"] == "ExecutionAborted" and last["previousEventId"] == 0, last
assert last["executionAbortedEventDetails"] == {"error": "Operator", "cause": "no need to wait"}, last
assert client.list_executions(stateMachineArn=long, statusFilter="RUNNING")["executions"] == []

print("OK")
