@service-request @jsonata-twin
Feature: HourBank service request
  A requester asks a provider for a service paid in bank hours. The request is validated, the hours
  are escrowed and the provider is notified; the provider then has the request's own response window
  (providerResponseTimeoutSeconds) to accept or reject it through the HourBank API, which records the
  answer on the ServiceRequests item. ACCEPTED starts the service; REJECTED, or no answer by the end of
  the window, refunds the escrow. Once hours are escrowed, any failure cancels the request and refunds
  them. The window is a Wait state: in virtual time a day-long wait costs nothing, and its length is
  asserted.

  Background:
    Given the state machine "service-request"
    And the input:
      """json
      {
        "requestId": "REQ-2001",
        "requesterId": "USR-ALICE",
        "providerId": "USR-BOB",
        "serviceId": "SVC-GARDENING",
        "hours": 3,
        "providerResponseTimeoutSeconds": 86400
      }
      """
    And the tasks return:
      | state               | result                                   |
      | ValidateRequest     | {"Payload": {"valid": true}}             |
      | EscrowHours         | {"Payload": {"escrowId": "ESC-77"}}      |
      | NotifyProvider      | {"Payload": {"messageId": "msg-1"}}      |
      | StartService        | {}                                       |
      | TimeoutRequest      | {}                                       |
      | RefundEscrow        | {"Payload": {"refundedHours": 3}}        |
      | CancelRequest       | {}                                       |
      | RejectRequest       | {}                                       |

  @happy
  Scenario: The provider accepts within the day and the service starts
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "ACCEPTED"}}}
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> StartService"
    And the state "WaitForProviderResponse" took 86400 seconds of virtual time
    And the execution took 86400 seconds of virtual time
    And the task "EscrowHours" was called with:
      """json
      { "FunctionName": "EscrowBankHours", "Payload": { "requesterId": "USR-ALICE", "hours": 3, "idempotencyKey": "REQ-2001-escrow" } }
      """
    And the task "NotifyProvider" was called with:
      """json
      { "Payload": { "providerId": "USR-BOB", "respondWithinSeconds": 86400 } }
      """
    And the task "GetProviderResponse" was called with:
      """json
      { "TableName": "ServiceRequests", "Key": { "requestId": { "S": "REQ-2001" } }, "ConsistentRead": true }
      """
    And the task "StartService" was called with:
      """json
      { "ExpressionAttributeValues": { ":status": { "S": "IN_PROGRESS" }, ":escrowId": { "S": "ESC-77" } } }
      """
    And the output contains:
      """json
      { "escrow": { "escrowId": "ESC-77" }, "providerResponse": { "status": "ACCEPTED" } }
      """
    And the history matches its snapshot

  @happy
  Scenario Outline: The wait lasts the request's own response window (<window>)
    Given the input fields:
      | field                          | value         |
      | requestId                      | "REQ-2002"    |
      | requesterId                    | "USR-ALICE"   |
      | providerId                     | "USR-BOB"     |
      | serviceId                      | "SVC-TUTORING"|
      | hours                          | 1             |
      | providerResponseTimeoutSeconds | <seconds>     |
    And the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "ACCEPTED"}}}
    When the execution runs
    Then the execution succeeds
    And the state "WaitForProviderResponse" took <seconds> seconds of virtual time
    And the execution took <seconds> seconds of virtual time

    Examples:
      | window   | seconds |
      | one hour | 3600    |
      | a week   | 604800  |

  @compensation
  Scenario: The provider rejects the request and the hours are refunded
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "REJECTED"}}}
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> RefundEscrow -> WasCancelled -> RequestClosed"
    And every completed "EscrowHours" was compensated by "RefundEscrow"
    And the task "RefundEscrow" was called with:
      """json
      { "FunctionName": "RefundEscrowedHours", "Payload": { "escrowId": "ESC-77", "idempotencyKey": "REQ-2001-refund" } }
      """
    And the state "StartService" ran 0 times
    And the output contains:
      """json
      { "refund": { "refundedHours": 3 } }
      """

  @compensation
  Scenario: No answer by the end of the window times the request out and refunds the hours
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "PENDING"}}}
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> TimeoutRequest -> RefundEscrow -> WasCancelled -> RequestClosed"
    And the execution took 86400 seconds of virtual time
    And the task "TimeoutRequest" was called with:
      """json
      {
        "ConditionExpression": "providerResponse = :pending",
        "ExpressionAttributeValues": { ":timedOut": { "S": "TIMED_OUT" }, ":pending": { "S": "PENDING" } }
      }
      """
    And the history matches its snapshot

  @compensation
  Scenario: A provider who answers as the window closes is not timed out
    # The provider accepts between GetProviderResponse and TimeoutRequest: the conditional update
    # fails, and the answer is read again.
    Given the task "GetProviderResponse" returns, call after call:
      | {"Item": {"providerResponse": {"S": "PENDING"}}}  |
      | {"Item": {"providerResponse": {"S": "ACCEPTED"}}} |
    And the task "TimeoutRequest" fails with "DynamoDB.ConditionalCheckFailedException" and cause "The conditional request failed"
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> TimeoutRequest -> GetProviderResponse -> CheckProviderResponse -> StartService"
    And the state "TimeoutRequest" was retried 0 times
    And the state "RefundEscrow" ran 0 times

  @compensation
  Scenario Outline: A request the business rules refuse is rejected (<error>)
    Given the task "<state>" fails with "<error>" and cause "<cause>"
    When the execution runs
    Then the execution succeeds
    And the path is "<path>"
    And the task "RejectRequest" was called with:
      """json
      { "ExpressionAttributeValues": { ":status": { "S": "REJECTED" }, ":reason": { "S": "<error>" } } }
      """
    And the state "NotifyProvider" ran 0 times

    Examples:
      | state           | error                  | cause                                | path                                            |
      | ValidateRequest | ValidationError        | hours must be between 1 and 40       | ValidateRequest -> RejectRequest                |
      | EscrowHours     | InsufficientHoursError | USR-ALICE has 1 hour, 3 were asked   | ValidateRequest -> EscrowHours -> RejectRequest |

  @compensation @failure
  Scenario: A provider who cannot be notified cancels the request and the hours are refunded
    Given the task "NotifyProvider" fails with "ProviderUnreachableError" and cause "USR-BOB has no verified contact"
    When the execution runs
    Then the execution fails with error "ServiceRequestCancelled" and cause "The request was cancelled after ProviderUnreachableError and its escrowed hours were refunded."
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> CancelRequest -> RefundEscrow -> WasCancelled -> RequestCancelled"
    And the state "WaitForProviderResponse" ran 0 times
    And every completed "EscrowHours" was compensated by "RefundEscrow"
    And the task "CancelRequest" was called with:
      """json
      { "ExpressionAttributeValues": { ":status": { "S": "CANCELLED" }, ":reason": { "S": "ProviderUnreachableError" } } }
      """
    And the history matches its snapshot

  @compensation @failure
  Scenario: A request whose answer cannot be read after the window is cancelled and refunded
    Given the task "GetProviderResponse" fails with "DynamoDB.ResourceNotFoundException" and cause "Requested resource not found"
    When the execution runs
    Then the execution fails with error "ServiceRequestCancelled"
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CancelRequest -> RefundEscrow -> WasCancelled -> RequestCancelled"
    And the state "GetProviderResponse" was retried 0 times
    And every completed "EscrowHours" was compensated by "RefundEscrow"

  @retry
  Scenario Outline: A transient error in <state> is retried and the service still starts
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "ACCEPTED"}}}
    And the task "<state>" fails 2 times with "<error>" and then returns:
      """json
      <result>
      """
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> StartService"
    And the state "<state>" was retried after "<waits>" seconds

    Examples:
      | state               | error                                           | result                                              | waits |
      | ValidateRequest     | Lambda.ServiceException                         | {"Payload": {"valid": true}}                        | 2, 4  |
      | EscrowHours         | Lambda.TooManyRequestsException                 | {"Payload": {"escrowId": "ESC-78"}}                 | 2, 4  |
      | NotifyProvider      | Lambda.SdkClientException                       | {"Payload": {"messageId": "msg-2"}}                 | 2, 4  |
      | GetProviderResponse | DynamoDB.ProvisionedThroughputExceededException | {"Item": {"providerResponse": {"S": "ACCEPTED"}}}   | 1, 2  |
      | StartService        | DynamoDB.ThrottlingException                    | {}                                                  | 1, 2  |

  @retry @compensation
  Scenario Outline: Timing out and refunding ride out a transient error in <state>
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "PENDING"}}}
    And the task "<state>" fails 2 times with "<error>" and then returns:
      """json
      <result>
      """
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> TimeoutRequest -> RefundEscrow -> WasCancelled -> RequestClosed"
    And the state "<state>" was retried after "<waits>" seconds

    Examples:
      | state          | error                                 | result                            | waits |
      | TimeoutRequest | DynamoDB.InternalServerErrorException | {}                                | 1, 2  |
      | RefundEscrow   | Lambda.ServiceException               | {"Payload": {"refundedHours": 3}} | 2, 4  |

  @retry @compensation @failure
  Scenario: Cancelling rides out a throttled table
    Given the task "NotifyProvider" fails with "ProviderUnreachableError"
    And the task "CancelRequest" fails 1 time with "DynamoDB.ThrottlingException" and then returns:
      """json
      {}
      """
    When the execution runs
    Then the execution fails with error "ServiceRequestCancelled"
    And the state "CancelRequest" was retried after "1" seconds
    And every completed "EscrowHours" was compensated by "RefundEscrow"

  @retry @compensation
  Scenario: Recording a rejection rides out a throttled table
    Given the task "ValidateRequest" fails with "ValidationError"
    And the task "RejectRequest" fails 1 time with "DynamoDB.ProvisionedThroughputExceededException" and then returns:
      """json
      {}
      """
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> RejectRequest"
    And the state "RejectRequest" was retried after "1" seconds

  @retry @failure
  Scenario: A refund that keeps failing ends the execution with its error, for an operator to settle
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "REJECTED"}}}
    And the task "RefundEscrow" fails with "Lambda.ServiceException" and cause "Lambda was unable to process the request"
    When the execution runs
    Then the execution fails with error "Lambda.ServiceException"
    And the state "RefundEscrow" was retried after "2, 4, 8, 16, 32, 64" seconds
    And the state "RefundEscrow" took 126 seconds of virtual time

  # Every route through the definition: the retried variants below throttle ValidateRequest once
  # (a Lambda service error, retried after 2 seconds) before the rest of the route.

  @retry @compensation
  Scenario: A request refused for its hours after a throttled validation is rejected as usual
    Given the task "EscrowHours" fails with "InsufficientHoursError" and cause "USR-ALICE has 1 hour, 3 were asked"
    And the task "ValidateRequest" fails 1 time with "Lambda.ServiceException"
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> RejectRequest"
    And the state "ValidateRequest" was retried after "2" seconds

  @retry @compensation
  Scenario: A rejection after a throttled validation refunds the hours as usual
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "REJECTED"}}}
    And the task "ValidateRequest" fails 1 time with "Lambda.ServiceException"
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> RefundEscrow -> WasCancelled -> RequestClosed"
    And the state "ValidateRequest" was retried after "2" seconds

  @failure
  Scenario Outline: An error no catcher names fails the execution in <state> (<check>)
    # ValidateRequest catches only ValidationError and EscrowHours only InsufficientHoursError; their
    # Retry covers Lambda service errors alone. Any other error ends the execution.
    Given the task "<state>" fails with "<error>" and cause "<cause>"
    And the task "ValidateRequest" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "<error>" and cause "<cause>"
    And the path is "<path>"
    And the state "ValidateRequest" was retried <retries> times
    And the state "RejectRequest" ran 0 times

    Examples:
      | state           | error                   | cause                          | retries | check                   | path                             |
      | ValidateRequest | UnknownServiceError     | SVC-GARDENING is not listed    | 0       | validated at once       | ValidateRequest                  |
      | EscrowHours     | LedgerUnavailableError  | hour ledger is read-only       | 0       | validated at once       | ValidateRequest -> EscrowHours   |

    @retry
    Examples:
      | state           | error                   | cause                          | retries | check                   | path                             |
      | ValidateRequest | UnknownServiceError     | SVC-GARDENING is not listed    | 1       | validation throttled once | ValidateRequest                |
      | EscrowHours     | LedgerUnavailableError  | hour ledger is read-only       | 1       | validation throttled once | ValidateRequest -> EscrowHours |

  @compensation @failure
  Scenario Outline: A rejection that cannot be recorded fails the execution (<state>, <check>)
    # RejectRequest retries DynamoDB throttling only; a failed condition ends the execution.
    Given the task "<state>" fails with "<error>"
    And the task "ValidateRequest" fails <retries> times with "Lambda.ServiceException"
    And the task "RejectRequest" fails with "DynamoDB.ConditionalCheckFailedException" and cause "The conditional request failed"
    When the execution runs
    Then the execution fails with error "DynamoDB.ConditionalCheckFailedException"
    And the path is "<path>"
    And the state "RejectRequest" was retried 0 times

    Examples:
      | state           | error                  | retries | check                     | path                                            |
      | ValidateRequest | ValidationError        | 0       | validated at once         | ValidateRequest -> RejectRequest                |
      | EscrowHours     | InsufficientHoursError | 0       | validated at once         | ValidateRequest -> EscrowHours -> RejectRequest |

    @retry
    Examples:
      | state           | error                  | retries | check                     | path                                            |
      | ValidateRequest | ValidationError        | 1       | validation throttled once | ValidateRequest -> RejectRequest                |
      | EscrowHours     | InsufficientHoursError | 1       | validation throttled once | ValidateRequest -> EscrowHours -> RejectRequest |

  @compensation @failure
  Scenario Outline: A cancellation after <trigger> that cannot complete fails with <error> (<check>)
    # Once the hours are escrowed, NotifyProvider and GetProviderResponse catch every error into
    # CancelRequest, then RefundEscrow. Neither of those has a Catch: their own failure ends the
    # execution, and the hours stay escrowed for an operator to settle.
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "ACCEPTED"}}}
    And the task "<trigger state>" fails with "<trigger error>"
    And the task "<failing state>" fails with "<error>"
    And the task "ValidateRequest" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "<error>"
    And the path is "<path>"
    And the state "<failing state>" was retried 0 times

    Examples:
      | trigger                        | trigger state       | trigger error                      | failing state | error                                     | retries | check                     | path                                                                                                                   |
      | an unreachable provider        | NotifyProvider      | ProviderUnreachableError           | CancelRequest | DynamoDB.ConditionalCheckFailedException | 0       | validated at once         | ValidateRequest -> EscrowHours -> NotifyProvider -> CancelRequest                                                      |
      | an unreachable provider        | NotifyProvider      | ProviderUnreachableError           | RefundEscrow  | EscrowNotFoundError                       | 0       | validated at once         | ValidateRequest -> EscrowHours -> NotifyProvider -> CancelRequest -> RefundEscrow                                      |
      | an unreadable answer           | GetProviderResponse | DynamoDB.ResourceNotFoundException | CancelRequest | DynamoDB.ConditionalCheckFailedException | 0       | validated at once         | ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CancelRequest     |
      | an unreadable answer           | GetProviderResponse | DynamoDB.ResourceNotFoundException | RefundEscrow  | EscrowNotFoundError                       | 0       | validated at once         | ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CancelRequest -> RefundEscrow |

    @retry
    Examples:
      | trigger                        | trigger state       | trigger error                      | failing state | error                                     | retries | check                     | path                                                                                                                   |
      | an unreachable provider        | NotifyProvider      | ProviderUnreachableError           | CancelRequest | DynamoDB.ConditionalCheckFailedException | 1       | validation throttled once | ValidateRequest -> EscrowHours -> NotifyProvider -> CancelRequest                                                      |
      | an unreachable provider        | NotifyProvider      | ProviderUnreachableError           | RefundEscrow  | EscrowNotFoundError                       | 1       | validation throttled once | ValidateRequest -> EscrowHours -> NotifyProvider -> CancelRequest -> RefundEscrow                                      |
      | an unreadable answer           | GetProviderResponse | DynamoDB.ResourceNotFoundException | CancelRequest | DynamoDB.ConditionalCheckFailedException | 1       | validation throttled once | ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CancelRequest     |
      | an unreadable answer           | GetProviderResponse | DynamoDB.ResourceNotFoundException | RefundEscrow  | EscrowNotFoundError                       | 1       | validation throttled once | ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CancelRequest -> RefundEscrow |

  @retry @compensation @failure
  Scenario: An unreadable answer after a throttled validation cancels the request and refunds the hours
    Given the task "GetProviderResponse" fails with "DynamoDB.ResourceNotFoundException"
    And the task "ValidateRequest" fails 1 time with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "ServiceRequestCancelled"
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CancelRequest -> RefundEscrow -> WasCancelled -> RequestCancelled"
    And every completed "EscrowHours" was compensated by "RefundEscrow"

  @failure
  Scenario Outline: After a <answer> answer, <state> fails with <error> and ends the execution (<check>)
    # StartService, TimeoutRequest and RefundEscrow retry transient errors only, and have no Catch for
    # the rest (TimeoutRequest's catches a lost race alone).
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "<answer>"}}}
    And the task "<state>" fails with "<error>"
    And the task "ValidateRequest" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "<error>"
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> <after>"
    And the state "<state>" was retried 0 times

    Examples:
      | answer   | state          | error                                     | retries | check                     | after                          |
      | ACCEPTED | StartService   | DynamoDB.ConditionalCheckFailedException | 0       | validated at once         | StartService                   |
      | REJECTED | RefundEscrow   | EscrowNotFoundError                       | 0       | validated at once         | RefundEscrow                   |
      | PENDING  | TimeoutRequest | DynamoDB.ResourceNotFoundException        | 0       | validated at once         | TimeoutRequest                 |
      | PENDING  | RefundEscrow   | EscrowNotFoundError                       | 0       | validated at once         | TimeoutRequest -> RefundEscrow |

    @retry
    Examples:
      | answer   | state          | error                                     | retries | check                     | after                          |
      | ACCEPTED | StartService   | DynamoDB.ConditionalCheckFailedException | 1       | validation throttled once | StartService                   |
      | PENDING  | TimeoutRequest | DynamoDB.ResourceNotFoundException        | 1       | validation throttled once | TimeoutRequest                 |
      | PENDING  | RefundEscrow   | EscrowNotFoundError                       | 1       | validation throttled once | TimeoutRequest -> RefundEscrow |

  @compensation
  Scenario Outline: A provider who answers <second> as the window closes is read again (<check>)
    # TimeoutRequest's conditional update fails when the answer changed after it was read: the answer
    # is read once more (a loop taken once here).
    Given the task "GetProviderResponse" returns, call after call:
      | {"Item": {"providerResponse": {"S": "PENDING"}}}  |
      | {"Item": {"providerResponse": {"S": "<second>"}}} |
    And the task "TimeoutRequest" fails 1 time with "DynamoDB.ConditionalCheckFailedException"
    And the task "ValidateRequest" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> TimeoutRequest -> GetProviderResponse -> CheckProviderResponse -> <after>"
    And the state "GetProviderResponse" ran 2 times

    Examples:
      | second   | retries | check                     | after                                                      |
      | REJECTED | 0       | validated at once         | RefundEscrow -> WasCancelled -> RequestClosed              |
      | PENDING  | 0       | validated at once         | TimeoutRequest -> RefundEscrow -> WasCancelled -> RequestClosed |

    @retry
    Examples:
      | second   | retries | check                     | after                                                      |
      | ACCEPTED | 1       | validation throttled once | StartService                                               |
      | REJECTED | 1       | validation throttled once | RefundEscrow -> WasCancelled -> RequestClosed              |
      | PENDING  | 1       | validation throttled once | TimeoutRequest -> RefundEscrow -> WasCancelled -> RequestClosed |

  @compensation @failure
  Scenario Outline: After the answer is read again (<second>), <state> fails with <error> (<check>)
    Given the task "GetProviderResponse" returns, call after call:
      | {"Item": {"providerResponse": {"S": "PENDING"}}}  |
      | {"Item": {"providerResponse": {"S": "<second>"}}} |
    And the task "<state>" fails with "<error>"
    And the task "TimeoutRequest" fails 1 time with "DynamoDB.ConditionalCheckFailedException"
    And the task "ValidateRequest" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "<error>"
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> TimeoutRequest -> GetProviderResponse -> CheckProviderResponse -> <after>"

    Examples:
      | second   | state          | error                                     | retries | check                     | after                          |
      | ACCEPTED | StartService   | DynamoDB.ConditionalCheckFailedException | 0       | validated at once         | StartService                   |
      | REJECTED | RefundEscrow   | EscrowNotFoundError                       | 0       | validated at once         | RefundEscrow                   |
      | PENDING  | TimeoutRequest | DynamoDB.ResourceNotFoundException        | 0       | validated at once         | TimeoutRequest                 |
      | PENDING  | RefundEscrow   | EscrowNotFoundError                       | 0       | validated at once         | TimeoutRequest -> RefundEscrow |

    @retry
    Examples:
      | second   | state          | error                                     | retries | check                     | after                          |
      | ACCEPTED | StartService   | DynamoDB.ConditionalCheckFailedException | 1       | validation throttled once | StartService                   |
      | REJECTED | RefundEscrow   | EscrowNotFoundError                       | 1       | validation throttled once | RefundEscrow                   |
      | PENDING  | TimeoutRequest | DynamoDB.ResourceNotFoundException        | 1       | validation throttled once | TimeoutRequest                 |
      | PENDING  | RefundEscrow   | EscrowNotFoundError                       | 1       | validation throttled once | TimeoutRequest -> RefundEscrow |

  @compensation @failure
  Scenario Outline: An answer that cannot be read the second time cancels the request: <outcome> (<check>)
    Given the task "GetProviderResponse" returns {"Item": {"providerResponse": {"S": "PENDING"}}}
    And the task "GetProviderResponse" answers 1 time, then fails with "DynamoDB.ResourceNotFoundException"
    And the task "TimeoutRequest" fails 1 time with "DynamoDB.ConditionalCheckFailedException"
    And the task "<state>" fails <failures> times with "<error>"
    And the task "ValidateRequest" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "<final error>"
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> TimeoutRequest -> GetProviderResponse -> <after>"

    Examples:
      | outcome                            | state         | failures | error                                     | final error                               | retries | check                     | after                                                              |
      | the hours are refunded             | RefundEscrow  | 0        | EscrowNotFoundError                       | ServiceRequestCancelled                   | 0       | validated at once         | CancelRequest -> RefundEscrow -> WasCancelled -> RequestCancelled |
      | the cancellation is not recorded   | CancelRequest | 1        | DynamoDB.ConditionalCheckFailedException | DynamoDB.ConditionalCheckFailedException | 0       | validated at once         | CancelRequest                                                      |
      | the refund fails                   | RefundEscrow  | 1        | EscrowNotFoundError                       | EscrowNotFoundError                       | 0       | validated at once         | CancelRequest -> RefundEscrow                                      |

    @retry
    Examples:
      | outcome                            | state         | failures | error                                     | final error                               | retries | check                     | after                                                              |
      | the hours are refunded             | RefundEscrow  | 0        | EscrowNotFoundError                       | ServiceRequestCancelled                   | 1       | validation throttled once | CancelRequest -> RefundEscrow -> WasCancelled -> RequestCancelled |
      | the cancellation is not recorded   | CancelRequest | 1        | DynamoDB.ConditionalCheckFailedException | DynamoDB.ConditionalCheckFailedException | 1       | validation throttled once | CancelRequest                                                      |
      | the refund fails                   | RefundEscrow  | 1        | EscrowNotFoundError                       | EscrowNotFoundError                       | 1       | validation throttled once | CancelRequest -> RefundEscrow                                      |

  @compensation @failure
  Scenario Outline: A request that arrives with an error field of its own is reported cancelled after a <answers> (<check>)
    # WasCancelled tells a cancellation from a rejection or a time-out by $.error being present; only
    # the catchers into CancelRequest write it, but nothing stops a caller from sending it in the
    # request (here an app forwarding the error of its first attempt). Such a request, rejected or
    # timed out, ends ServiceRequestCancelled, blaming the caller's error, although nothing was cancelled.
    Given the input:
      """json
      {
        "requestId": "REQ-2003",
        "requesterId": "USR-ALICE",
        "providerId": "USR-BOB",
        "serviceId": "SVC-GARDENING",
        "hours": 3,
        "providerResponseTimeoutSeconds": 86400,
        "error": { "Error": "ClientTimeout", "Cause": "first submission timed out in the app" }
      }
      """
    And the task "GetProviderResponse" returns, call after call:
      | {"Item": {"providerResponse": {"S": "<first>"}}}  |
      | {"Item": {"providerResponse": {"S": "<second>"}}} |
    And the task "TimeoutRequest" fails <races> times with "DynamoDB.ConditionalCheckFailedException"
    And the task "ValidateRequest" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "ServiceRequestCancelled" and cause "The request was cancelled after ClientTimeout and its escrowed hours were refunded."
    And the path is "ValidateRequest -> EscrowHours -> NotifyProvider -> WaitForProviderResponse -> GetProviderResponse -> CheckProviderResponse -> <after>"
    And the state "CancelRequest" ran 0 times

    Examples:
      | answers                            | first    | second   | races | retries | check                     | after                                                                                                    |
      | rejection                          | REJECTED | REJECTED | 0     | 0       | validated at once         | RefundEscrow -> WasCancelled -> RequestCancelled                                                         |
      | time-out                           | PENDING  | PENDING  | 0     | 0       | validated at once         | TimeoutRequest -> RefundEscrow -> WasCancelled -> RequestCancelled                                       |
      | time-out raced by a rejection      | PENDING  | REJECTED | 1     | 0       | validated at once         | TimeoutRequest -> GetProviderResponse -> CheckProviderResponse -> RefundEscrow -> WasCancelled -> RequestCancelled |
      | time-out raced by a PENDING read   | PENDING  | PENDING  | 1     | 0       | validated at once         | TimeoutRequest -> GetProviderResponse -> CheckProviderResponse -> TimeoutRequest -> RefundEscrow -> WasCancelled -> RequestCancelled |

    @retry
    Examples:
      | answers                            | first    | second   | races | retries | check                     | after                                                                                                    |
      | rejection                          | REJECTED | REJECTED | 0     | 1       | validation throttled once | RefundEscrow -> WasCancelled -> RequestCancelled                                                         |
      | time-out                           | PENDING  | PENDING  | 0     | 1       | validation throttled once | TimeoutRequest -> RefundEscrow -> WasCancelled -> RequestCancelled                                       |
      | time-out raced by a rejection      | PENDING  | REJECTED | 1     | 1       | validation throttled once | TimeoutRequest -> GetProviderResponse -> CheckProviderResponse -> RefundEscrow -> WasCancelled -> RequestCancelled |
      | time-out raced by a PENDING read   | PENDING  | PENDING  | 1     | 1       | validation throttled once | TimeoutRequest -> GetProviderResponse -> CheckProviderResponse -> TimeoutRequest -> RefundEscrow -> WasCancelled -> RequestCancelled |
