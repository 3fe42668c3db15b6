"""A boto3 client against EventPro.Specs.Server: paging, errors, StartSyncExecution and a callback task.

Usage: python3 boto3_client.py http://127.0.0.1:PORT
Prints OK and exits 0 when every check holds; otherwise the failing assertion's traceback, exit 1.
"""
import datetime
import json
import sys
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = sys.argv[1]
ROLE = "arn:aws:iam::123456789012:role/sfn"
DEFINITION = json.dumps({
    "StartAt": "Route",
    "States": {
        "Route": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": True, "Next": "Done"}], "Default": "Reject"},
        "Done": {"Type": "Pass", "Result": {"done": True}, "ResultPath": "$.result", "End": True},
        "Reject": {"Type": "Fail", "Error": "Rejected", "Cause": "ok was not true"},
    },
})

# StartSyncExecution carries the host prefix "sync-" in the API model; a local endpoint has no such host.
client = boto3.client("stepfunctions", endpoint_url=ENDPOINT, region_name="us-east-1", config=Config(inject_host_prefix=False, retries={"max_attempts": 1}))


def error_code(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        assert e.response["ResponseMetadata"]["HTTPStatusCode"] == 400, e.response
        return e.response["Error"]["Code"]
    raise AssertionError(f"{call.__name__} did not fail")


def wait_for_end(execution_arn):
    for _ in range(300):
        described = client.describe_execution(executionArn=execution_arn)
        if described["status"] != "RUNNING":
            return described
        time.sleep(0.05)
    raise AssertionError(f"{execution_arn} still running")


standard = client.create_state_machine(name="Paging", definition=DEFINITION, roleArn=ROLE)["stateMachineArn"]
assert isinstance(client.describe_state_machine(stateMachineArn=standard)["creationDate"], datetime.datetime)

# Paging: 7 executions, pages of 3, by hand and with the paginator.
arns = []
for i in range(7):
    arns.append(client.start_execution(stateMachineArn=standard, name=f"run-{i}", input=json.dumps({"ok": i % 3 != 0}))["executionArn"])
for arn in arns:
    wait_for_end(arn)

names, token, pages = [], None, 0
while True:
    kwargs = {"stateMachineArn": standard, "maxResults": 3}
    if token:
        kwargs["nextToken"] = token
    page = client.list_executions(**kwargs)
    names += [e["name"] for e in page["executions"]]
    pages += 1
    token = page.get("nextToken")
    if not token:
        break
assert names == [f"run-{i}" for i in reversed(range(7))], names
assert pages == 3, pages

failed = [e["name"] for p in client.get_paginator("list_executions").paginate(stateMachineArn=standard, statusFilter="FAILED", PaginationConfig={"PageSize": 1}) for e in p["executions"]]
assert failed == ["run-6", "run-3", "run-0"], failed

whole = client.get_execution_history(executionArn=arns[1])["events"]
paged = [e for p in client.get_paginator("get_execution_history").paginate(executionArn=arns[1], PaginationConfig={"PageSize": 2}) for e in p["events"]]
assert [e["id"] for e in paged] == [e["id"] for e in whole] == list(range(1, len(whole) + 1)), paged
assert isinstance(whole[0]["timestamp"], datetime.datetime)
reverse = client.get_execution_history(executionArn=arns[1], reverseOrder=True, maxResults=1)
assert reverse["events"][0]["type"] == "ExecutionSucceeded" and "nextToken" in reverse

# Errors, as botocore raises them.
assert error_code(client.describe_execution, executionArn="nope") == "InvalidArn"
assert error_code(client.describe_state_machine, stateMachineArn=standard + "x") == "StateMachineDoesNotExist"
assert error_code(client.start_execution, stateMachineArn=standard, name="run-1", input="{}") == "ExecutionAlreadyExists"
assert error_code(client.start_execution, stateMachineArn=standard, input="{not json") == "InvalidExecutionInput"
assert error_code(client.create_state_machine, name="x" * 81, definition=DEFINITION, roleArn=ROLE) == "ValidationException"
assert error_code(client.create_state_machine, name="Bad", definition="{}", roleArn=ROLE) == "InvalidDefinition"
assert error_code(client.list_executions, stateMachineArn=standard, nextToken="forged") == "InvalidToken"
assert error_code(client.send_task_success, taskToken="forged", output="{}") == "InvalidToken"

# StartSyncExecution on an Express state machine.
express = client.create_state_machine(name="Quick", definition=DEFINITION, roleArn=ROLE, type="EXPRESS")["stateMachineArn"]
succeeded = client.start_sync_execution(stateMachineArn=express, input=json.dumps({"ok": True}))
assert succeeded["status"] == "SUCCEEDED", succeeded
assert json.loads(succeeded["output"]) == {"ok": True, "result": {"done": True}}
assert succeeded["stopDate"] >= succeeded["startDate"]
rejected = client.start_sync_execution(stateMachineArn=express, name="sync", input=json.dumps({"ok": False}))
assert (rejected["status"], rejected["error"], rejected["cause"]) == ("FAILED", "Rejected", "ok was not true"), rejected
assert error_code(client.start_sync_execution, stateMachineArn=standard) == "StateMachineTypeNotSupported"
assert error_code(client.list_executions, stateMachineArn=express) == "StateMachineTypeNotSupported"

# A callback task: its SQS call is mocked by the server's MockConfigFile test case "Queued"; the token
# is read from the running execution's history (as a worker would read it from the message), then answered.
CALLBACK = json.dumps({
    "StartAt": "WaitForApproval",
    "States": {"WaitForApproval": {
        "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals", "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
        "End": True}},
})
approval = client.create_state_machine(name="Approval", definition=CALLBACK, roleArn=ROLE)["stateMachineArn"]
waiting = client.start_execution(stateMachineArn=approval + "#Queued", input=json.dumps({"order": "o-1"}))["executionArn"]
task_token = None
for _ in range(300):
    events = client.get_execution_history(executionArn=waiting)["events"]
    if any(e["type"] == "TaskSubmitted" for e in events):
        scheduled = next(e for e in events if e["type"] == "TaskScheduled")
        task_token = json.loads(scheduled["taskScheduledEventDetails"]["parameters"])["MessageBody"]["token"]
        break
    time.sleep(0.05)
assert task_token is not None, "the callback task never submitted its message"
client.send_task_heartbeat(taskToken=task_token)
client.send_task_failure(taskToken=task_token, error="Denied", cause="by a human")
denied = wait_for_end(waiting)
assert (denied["status"], denied["error"], denied["cause"]) == ("FAILED", "Denied", "by a human"), denied
assert error_code(client.send_task_success, taskToken=task_token, output="{}") == "TaskTimedOut"

print("OK")
