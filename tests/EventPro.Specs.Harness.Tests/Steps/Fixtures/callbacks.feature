Feature: Callback steps
  A manager approves orders through a queue; the task waits for the task token to be answered.

  Background:
    Given the state machine "tests/EventPro.Specs.Harness.Tests/Steps/Fixtures/callback-approval.asl.json"
    And the input:
      """
      {"order": "o-1"}
      """
    And the task "WaitForApproval" returns {"MessageId": "m-1"}

  Scenario: Approved within the heartbeat interval
    Given the callback of "WaitForApproval" succeeds with {"approved": true} after 10 minutes
    When the execution runs
    Then the execution succeeds
    And the path is "WaitForApproval -> Approved"
    And the output is:
      """
      {"order": "o-1", "approval": {"approved": true}}
      """
    And the task "WaitForApproval" sent its task token
    And the task "WaitForApproval" sent its task token at "MessageBody.taskToken"
    And the execution took 600 seconds of virtual time

  Scenario: Heartbeats keep a long approval alive
    Given the callback of "WaitForApproval" sends a heartbeat every 5 minutes and succeeds with {"approved": true} after 3 hours
    When the execution runs
    Then the execution succeeds
    And the execution took 10800 seconds of virtual time

  Scenario: A silent approver is escalated after the heartbeat interval
    Given the callback of "WaitForApproval" never answers
    When the execution runs
    Then the execution succeeds
    And the path is "WaitForApproval -> Escalate"
    And the output contains:
      """
      {"error": {"Error": "States.HeartbeatTimeout"}, "escalation": {"escalated": true}}
      """
    And the execution took 900 seconds of virtual time

  Scenario: Heartbeats do not stretch the task's timeout
    Given the callback of "WaitForApproval" sends a heartbeat every 5 minutes and succeeds with {"approved": true} after 5 hours
    When the execution runs
    Then the execution fails with error "ApprovalExpired"
    And the path is "WaitForApproval -> Expired"
    And the execution took 14400 seconds of virtual time

  Scenario: A rejection fails the order
    Given the callback of "WaitForApproval" fails with error "Rejected" and cause "over budget" after 10 minutes
    When the execution runs
    Then the execution fails with error "OrderDeclined"
    And the path is "WaitForApproval -> Declined"

  Scenario: A rejection after a long review with heartbeats
    Given the callback of "WaitForApproval" sends a heartbeat every 10 minutes and fails with error "Rejected" and cause "over budget" after 2 hours
    When the execution runs
    Then the execution fails with error "OrderDeclined"
    And the execution took 7200 seconds of virtual time

  Scenario: A rejection that comes after the heartbeat interval is too late
    Given the callback of "WaitForApproval" fails with error "Rejected" after 30 minutes
    When the execution runs
    Then the path is "WaitForApproval -> Escalate"
