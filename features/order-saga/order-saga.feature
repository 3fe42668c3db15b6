@order-saga @jsonata-twin
Feature: Order saga
  An order checks and reserves its inventory, charges the card through Stripe, is recorded and the
  customer is notified. Retry and Catch per state are those of the team's error-handling guide. The
  guide's four failure paths: no stock cancels the order; a failed payment releases the reservation;
  an order record that cannot be created refunds the payment and releases the inventory in parallel;
  a notification failure still confirms the order. A compensation that cannot complete ends in
  OrderFailedCritical, for manual review.

  Every scenario also runs against the JSONata twin (definitions/order-saga-jsonata.asl.json), which
  keeps the reservation and payment ids in variables for the order record and the refund. Where
  JSONPath and JSONata fail differently, a @jsonpath-only scenario and a @jsonata-only one say what
  each does.

  Background:
    Given the state machine "order-saga"
    And the input:
      """json
      {
        "orderId": "ORDER#1234567890-abc123",
        "customerId": "CUST-42",
        "items": [{ "productId": "456", "quantity": 2 }],
        "amount": 129.57,
        "currency": "usd",
        "paymentMethodId": "pm_card_visa",
        "contact": { "email": "grace@example.com", "phone": "+15555550123" }
      }
      """
    And the tasks return:
      | state                    | result                                                               |
      | CheckInventory           | {"Payload": {"available": true}}                                     |
      | ReserveInventory         | {"Payload": {"reservationId": "RES-9001"}}                           |
      | ProcessPayment           | {"Payload": {"paymentIntentId": "pi_ABC123", "status": "succeeded"}} |
      | CreateOrderRecord        | {"Payload": {"status": "CONFIRMED"}}                                 |
      | NotifyCustomer           | {"Payload": {"channels": ["email", "sms"]}}                          |
      | ReleaseReservedInventory | {"Payload": {"releasedItems": 1}}                                    |
      | RefundPayment            | {"Payload": {"refundId": "re_XYZ789"}}                               |
      | ReleaseInventory         | {"Payload": {"releasedItems": 1}}                                    |

  @happy
  Scenario: An order in stock is reserved, paid, recorded and confirmed
    When the execution runs
    Then the execution succeeds
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> CreateOrderRecord -> NotifyCustomer -> OrderSuccess"
    And the output contains:
      """json
      {
        "reservation": { "reservationId": "RES-9001" },
        "payment": { "paymentIntentId": "pi_ABC123", "status": "succeeded" },
        "order": { "status": "CONFIRMED" },
        "notification": { "channels": ["email", "sms"] },
        "status": "CONFIRMED"
      }
      """
    And the task "ReserveInventory" was called with:
      """json
      { "FunctionName": "ReserveInventory", "Payload": { "idempotencyId": "ORDER#1234567890-abc123" } }
      """
    And the task "ProcessPayment" was called with:
      """json
      { "FunctionName": "ProcessPayment", "Payload": { "amount": 129.57, "paymentMethodId": "pm_card_visa", "idempotencyKey": "ORDER#1234567890-abc123-payment" } }
      """
    And the task "CreateOrderRecord" was called with:
      """json
      { "Payload": { "reservationId": "RES-9001", "paymentIntentId": "pi_ABC123", "status": "CONFIRMED" } }
      """
    And the history matches its snapshot

  # Failure path 1: inventory unavailable (no compensation)

  @retry @compensation @failure
  Scenario: No stock at the check cancels the order, after two retries of the business error
    # The guide lists InsufficientStockError under "No Retry (Business Errors)", but its CheckInventory
    # Retry has a States.TaskFailed retrier: States.TaskFailed matches every error a task raises except
    # States.Timeout, and the Retry is tried before the Catch. So the check runs three times.
    Given the task "CheckInventory" fails with "InsufficientStockError" and cause "456: 1 in stock, 2 asked"
    When the execution runs
    Then the execution fails with error "OrderCancelled" and cause "Order ORDER#1234567890-abc123 cancelled (status CANCELLED): InsufficientStockError"
    And the path is "CheckInventory -> InsufficientInventory -> OrderFailedFinal"
    And the state "CheckInventory" was retried after "1, 1.5" seconds
    And the state "ReserveInventory" ran 0 times
    And the history matches its snapshot

  @compensation @failure
  Scenario: Stock taken between the check and the reservation cancels the order at once
    Given the task "ReserveInventory" fails with "InsufficientStockError" and cause "456: 0 in stock, 2 asked"
    When the execution runs
    Then the execution fails with error "OrderCancelled"
    And the path is "CheckInventory -> ReserveInventory -> InsufficientInventory -> OrderFailedFinal"
    And the state "ReserveInventory" was retried 0 times
    And the state "ProcessPayment" ran 0 times

  @retry @compensation @failure
  Scenario Outline: An inventory check that fails with <error> ends in InventoryCheckFailed
    # Only the first retrier whose ErrorEquals matches is used: once the Lambda retrier's 3 retries are
    # spent, the States.TaskFailed retrier (which matches Lambda.ServiceException too) is not tried.
    Given the task "CheckInventory" fails with "<error>"
    When the execution runs
    Then the execution fails with error "InventoryCheckFailed" and cause "The inventory check of order ORDER#1234567890-abc123 failed with <error>"
    And the path is "CheckInventory -> InventoryCheckFailed"
    And the state "CheckInventory" was retried after "<waits>" seconds

    Examples:
      | error                   | waits   |
      | InventoryError          | 1, 1.5  |
      | Lambda.ServiceException | 2, 4, 8 |

  @compensation @failure
  Scenario: An inventory check that hangs times out after 30 seconds and is not retried
    Given the task "CheckInventory" times out
    When the execution runs
    Then the execution fails with error "InventoryCheckFailed" and cause "The inventory check of order ORDER#1234567890-abc123 failed with States.Timeout"
    And the state "CheckInventory" was retried 0 times
    And the execution took 30 seconds of virtual time

  @compensation @failure
  Scenario Outline: A reservation that fails with <error> ends in ReservationFailed
    Given the task "ReserveInventory" fails with "<error>"
    When the execution runs
    Then the execution fails with error "ReservationFailed" and cause "The inventory of order ORDER#1234567890-abc123 could not be reserved: <error>"
    And the path is "CheckInventory -> ReserveInventory -> ReservationFailed"
    And the state "ReserveInventory" was retried <retries> times
    And the state "ProcessPayment" ran 0 times

    Examples: errors no retrier matches, caught at once (InventoryError by name, any other by States.ALL)
      | error                     | retries |
      | InventoryError            | 0       |
      | ReservationConflictError  | 0       |

    @retry
    Examples: a Lambda error, caught once its 3 retries are spent
      | error                     | retries |
      | Lambda.SdkClientException | 3       |

  # Failure path 2: payment failed (release the inventory)

  @compensation @failure
  Scenario: A declined card releases the reserved inventory
    Given the task "ProcessPayment" fails with "PaymentDeclined" and cause "Your card was declined."
    When the execution runs
    Then the execution fails with error "PaymentFailed" and cause "Payment of order ORDER#1234567890-abc123 failed with PaymentDeclined; the reserved inventory was released (status FAILED)"
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> ReleaseReservedInventory -> PaymentFailedFinal"
    And the state "ProcessPayment" was retried 0 times
    And every completed "ReserveInventory" was compensated by "ReleaseReservedInventory"
    And the task "ReleaseReservedInventory" was called with:
      """json
      {
        "FunctionName": "ReleaseInventory",
        "Payload": {
          "orderId": "ORDER#1234567890-abc123",
          "items": [{ "productId": "456", "quantity": 2 }],
          "action": "release",
          "idempotencyId": "ORDER#1234567890-abc123-release"
        }
      }
      """
    And the state "CreateOrderRecord" ran 0 times
    And the history matches its snapshot

  @compensation @failure
  Scenario Outline: A payment that fails with <error> releases the reserved inventory
    Given the task "ProcessPayment" fails with "<error>"
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> ReleaseReservedInventory -> PaymentFailedFinal"
    And the state "ProcessPayment" was retried 0 times
    And every completed "ReserveInventory" was compensated by "ReleaseReservedInventory"

    Examples:
      | error                 | catcher                  |
      | InsufficientFunds     | card errors              |
      | CardError             | card errors              |
      | PaymentFailed         | PaymentFailed            |
      | StripeConnectionError | States.ALL (catch-all)   |

  @retry @compensation @failure
  Scenario: A Lambda error in the payment is retried twice, three charges in all, then compensated
    # The guide says "max 2 attempts" to avoid duplicate charges, but MaxAttempts 2 means two retries
    # after the first attempt: Stripe is called three times, and only the idempotency key keeps it to
    # one charge.
    Given the task "ProcessPayment" fails with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ProcessPayment" was retried after "2, 4" seconds
    And the state "ProcessPayment" was retried 2 times
    And every completed "ReserveInventory" was compensated by "ReleaseReservedInventory"

  @retry @compensation @failure
  Scenario: A payment that hangs is retried once after 5 seconds, then the inventory is released
    Given the task "ProcessPayment" times out
    When the execution runs
    Then the execution fails with error "PaymentFailed" and cause "Payment of order ORDER#1234567890-abc123 failed with States.Timeout; the reserved inventory was released (status FAILED)"
    And the state "ProcessPayment" was retried after "5" seconds
    And the state "ProcessPayment" took 125 seconds of virtual time
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> ReleaseReservedInventory -> PaymentFailedFinal"

  @retry @compensation @failure
  Scenario: A release that cannot be made after its retries needs manual review
    Given the task "ProcessPayment" fails with "PaymentDeclined"
    And the task "ReleaseReservedInventory" fails with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "OrderFailedCritical" and cause "The compensation of order ORDER#1234567890-abc123 did not complete; the order needs manual review"
    And the state "ReleaseReservedInventory" was retried after "2, 4, 8" seconds
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> ReleaseReservedInventory -> OrderFailedCritical"

  @compensation @failure
  Scenario Outline: A release refused after a <payment error> payment needs manual review (<check>)
    # Whichever catcher of ProcessPayment hands over, ReleaseReservedInventory's own catcher sends a
    # failed release to OrderFailedCritical; its Retry only covers Lambda service errors.
    Given the task "CheckInventory" fails <retries> times with "Lambda.TooManyRequestsException"
    And the task "ProcessPayment" fails with "<payment error>"
    And the task "ReleaseReservedInventory" fails with "ReservationNotFoundError" and cause "RES-9001 expired"
    When the execution runs
    Then the execution fails with error "OrderFailedCritical" and cause "The compensation of order ORDER#1234567890-abc123 did not complete; the order needs manual review"
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> ReleaseReservedInventory -> OrderFailedCritical"
    And the state "CheckInventory" was retried <retries> times
    And the state "ProcessPayment" was retried 0 times
    And the state "ReleaseReservedInventory" was retried 0 times

    Examples:
      | payment error         | retries | check                      |
      | PaymentDeclined       | 0       | checked at once            |
      | PaymentFailed         | 0       | checked at once            |
      | StripeConnectionError | 0       | checked at once            |

    @retry
    Examples:
      | payment error         | retries | check                      |
      | PaymentDeclined       | 1       | check throttled once       |
      | PaymentFailed         | 1       | check throttled once       |
      | StripeConnectionError | 1       | check throttled once       |

  @retry @compensation @failure
  Scenario Outline: A check throttled once, then <state> fails with <error>: the failure path is the same
    Given the task "CheckInventory" fails 1 time with "Lambda.TooManyRequestsException"
    And the task "<state>" fails with "<error>"
    When the execution runs
    Then the execution fails with error "<outcome>"
    And the path is "<path>"
    And the state "CheckInventory" was retried after "2" seconds

    Examples:
      | state            | error                  | outcome       | path                                                                                           |
      | ReserveInventory | InventoryError         | ReservationFailed | CheckInventory -> ReserveInventory -> ReservationFailed                                    |
      | ReserveInventory | InsufficientStockError | OrderCancelled    | CheckInventory -> ReserveInventory -> InsufficientInventory -> OrderFailedFinal            |
      | ProcessPayment   | PaymentFailed          | PaymentFailed     | CheckInventory -> ReserveInventory -> ProcessPayment -> ReleaseReservedInventory -> PaymentFailedFinal |

  @retry @compensation @failure
  Scenario: A release throttled once still completes
    Given the task "ProcessPayment" fails with "CardError"
    And the task "ReleaseReservedInventory" fails 1 time with "Lambda.TooManyRequestsException" and then returns:
      """json
      { "Payload": { "releasedItems": 1 } }
      """
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ReleaseReservedInventory" was retried after "2" seconds

  # Failure path 3: order creation failed (full compensation)

  @compensation @failure
  Scenario: An order record that cannot be created refunds the payment and releases the inventory in parallel
    Given the task "CreateOrderRecord" fails with "OrderRecordError" and cause "ConditionalCheckFailed on Orders"
    When the execution runs
    Then the execution fails with error "OrderFailedWithCompensation" and cause "Order ORDER#1234567890-abc123 could not be recorded (OrderRecordError); the payment was refunded and the inventory released (status FAILED_COMPENSATED)"
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> CreateOrderRecord -> RefundPaymentAndRelease -> RefundPayment -> ReleaseInventory -> CheckCompensation -> OrderFailedWithCompensation"
    And every completed "ProcessPayment" was compensated by "RefundPayment"
    And every completed "ReserveInventory" was compensated by "ReleaseInventory"
    And the task "RefundPayment" was called with:
      """json
      {
        "FunctionName": "RefundPayment",
        "Payload": {
          "orderId": "ORDER#1234567890-abc123",
          "paymentIntentId": "pi_ABC123",
          "amount": 129.57,
          "reason": "Order processing failed",
          "idempotencyKey": "ORDER#1234567890-abc123-refund"
        }
      }
      """
    And the task "ReleaseInventory" was called with:
      """json
      { "Payload": { "action": "release", "idempotencyId": "ORDER#1234567890-abc123-release" } }
      """
    And the state "NotifyCustomer" ran 0 times
    And the history matches its snapshot

  @compensation @failure
  Scenario: An order record that hangs times out after 30 seconds and is compensated
    Given the task "CreateOrderRecord" times out
    When the execution runs
    Then the execution fails with error "OrderFailedWithCompensation"
    And the state "CreateOrderRecord" was retried 0 times
    And the path contains "RefundPaymentAndRelease"
    And the execution took 30 seconds of virtual time

  @compensation @failure
  Scenario Outline: A compensation branch that fails (<state>) does not stop the other, and the order needs manual review
    Given the task "CreateOrderRecord" fails with "OrderRecordError"
    And the task "<state>" fails with "<error>"
    When the execution runs
    Then the execution fails with error "OrderFailedCritical"
    And the path contains "<fallback>"
    And the path contains "<other>"
    And the path does not contain "OrderFailedWithCompensation"
    And the state "<state>" was retried <retries> times

    Examples: a refund Stripe refuses
      | state            | error                     | retries | fallback      | other            |
      | RefundPayment    | StripeInvalidRequestError | 0       | RefundFailed  | ReleaseInventory |

    Examples: a release the inventory service refuses
      | state            | error                     | retries | fallback      | other            |
      | ReleaseInventory | ReservationNotFoundError  | 0       | ReleaseFailed | RefundPayment    |

    @retry
    Examples: a branch still failing after its 2 retries
      | state            | error                     | retries | fallback      | other            |
      | ReleaseInventory | Lambda.ServiceException   | 2       | ReleaseFailed | RefundPayment    |
      | RefundPayment    | Lambda.ServiceException   | 2       | RefundFailed  | ReleaseInventory |

  @retry @compensation @failure
  Scenario Outline: A compensation branch (<state>) rides out a transient error
    Given the task "CreateOrderRecord" fails with "OrderRecordError"
    And the task "<state>" fails 2 times with "Lambda.TooManyRequestsException" and then returns:
      """json
      <result>
      """
    When the execution runs
    Then the execution fails with error "OrderFailedWithCompensation"
    And the state "<state>" was retried after "2, 4" seconds

    Examples:
      | state            | result                                 |
      | RefundPayment    | {"Payload": {"refundId": "re_XYZ790"}} |
      | ReleaseInventory | {"Payload": {"releasedItems": 1}}      |

  @compensation @failure
  Scenario Outline: An order record that fails with <error> is compensated: <compensation> (<check>)
    # OrderRecordError has its own catcher, any other error falls to States.ALL: both lead to the
    # same parallel compensation, whose outcome CheckCompensation reads.
    Given the task "CheckInventory" fails <retries> times with "Lambda.TooManyRequestsException"
    And the task "CreateOrderRecord" fails with "<error>"
    And the task "RefundPayment" <refund>
    When the execution runs
    Then the execution fails with error "<outcome>"
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> CreateOrderRecord -> RefundPaymentAndRelease -> RefundPayment -> <refund path>ReleaseInventory -> CheckCompensation -> <end>"
    And the state "CheckInventory" was retried <retries> times
    And the state "CreateOrderRecord" was retried 0 times

    Examples:
      | error            | retries | check                | compensation                   | refund                                                        | refund path     | outcome                     | end                         |
      | OrderRecordError | 0       | checked at once      | refunded and released          | returns {"Payload": {"refundId": "re_XYZ789"}}                |                 | OrderFailedWithCompensation | OrderFailedWithCompensation |
      | ValidationError  | 0       | checked at once      | refunded and released          | returns {"Payload": {"refundId": "re_XYZ789"}}                |                 | OrderFailedWithCompensation | OrderFailedWithCompensation |
      | OrderRecordError | 0       | checked at once      | refund refused, manual review  | fails with "StripeInvalidRequestError"                        | RefundFailed -> | OrderFailedCritical         | OrderFailedCritical         |
      | ValidationError  | 0       | checked at once      | refund refused, manual review  | fails with "StripeInvalidRequestError"                        | RefundFailed -> | OrderFailedCritical         | OrderFailedCritical         |

    @retry
    Examples:
      | error            | retries | check                | compensation                   | refund                                                        | refund path     | outcome                     | end                         |
      | OrderRecordError | 1       | check throttled once | refunded and released          | returns {"Payload": {"refundId": "re_XYZ789"}}                |                 | OrderFailedWithCompensation | OrderFailedWithCompensation |
      | ValidationError  | 1       | check throttled once | refunded and released          | returns {"Payload": {"refundId": "re_XYZ789"}}                |                 | OrderFailedWithCompensation | OrderFailedWithCompensation |
      | OrderRecordError | 1       | check throttled once | refund refused, manual review  | fails with "StripeInvalidRequestError"                        | RefundFailed -> | OrderFailedCritical         | OrderFailedCritical         |
      | ValidationError  | 1       | check throttled once | refund refused, manual review  | fails with "StripeInvalidRequestError"                        | RefundFailed -> | OrderFailedCritical         | OrderFailedCritical         |

  @compensation @failure @jsonpath-only
  Scenario Outline: A refund answer without a refund id fails the compensation itself (<error>, <check>)
    # The refund branch's ResultSelector reads $.Payload.refundId: an answer without it is a
    # States.Runtime error, which the branch's States.ALL catcher does not catch. The branch fails,
    # so RefundPaymentAndRelease fails, and it has no Catch: the execution fails with no status recorded.
    Given the task "CheckInventory" fails <retries> times with "Lambda.TooManyRequestsException"
    And the task "CreateOrderRecord" fails with "<error>"
    And the task "RefundPayment" returns {"Payload": {"status": "pending"}}
    When the execution runs
    Then the execution fails with error "States.Runtime"
    And the cause contains "The JSONPath '$.Payload.refundId' specified for the field 'refundId.$' could not be found in the input"
    And the path does not contain "CheckCompensation"
    And the state "CheckInventory" was retried <retries> times

    Examples:
      | error            | retries | check                |
      | OrderRecordError | 0       | checked at once      |
      | ValidationError  | 0       | checked at once      |

    @retry
    Examples:
      | error            | retries | check                |
      | OrderRecordError | 1       | check throttled once |
      | ValidationError  | 1       | check throttled once |

  @compensation @failure
  Scenario Outline: A release answer too large for the payload quota fails the compensation itself (<error>, <check>)
    # The release branch's output carries the answer's Payload: over AWS's 256 KiB quota it is a
    # States.DataLimitExceeded error, which States.ALL matches in neither Retry nor Catch. The branch
    # fails, so RefundPaymentAndRelease fails, and it has no Catch: the execution fails.
    Given the task "CheckInventory" fails <retries> times with "Lambda.TooManyRequestsException"
    And the task "CreateOrderRecord" fails with "<error>"
    And the task "ReleaseInventory" returns {"Payload": {"releasedItems": 1}} with "Payload.log" filled to 300 KiB
    When the execution runs
    Then the execution fails with error "States.DataLimitExceeded"
    And the path does not contain "CheckCompensation"
    And the state "ReleaseInventory" was retried 0 times
    And the state "CheckInventory" was retried <retries> times

    Examples:
      | error            | retries | check                |
      | OrderRecordError | 0       | checked at once      |
      | ValidationError  | 0       | checked at once      |

    @retry
    Examples:
      | error            | retries | check                |
      | OrderRecordError | 1       | check throttled once |
      | ValidationError  | 1       | check throttled once |

  @compensation @failure @jsonata-only
  Scenario Outline: In JSONata, a refund answer without a refund id is caught in its branch and the order needs manual review (<error>, <check>)
    # The refund branch's Output reads $states.result.Payload.refundId: an answer without it is a
    # States.QueryEvaluationError, which (unlike JSONPath's States.Runtime) the branch's States.ALL
    # catcher catches. RefundFailed records it, and CheckCompensation sends the order to manual review.
    Given the task "CheckInventory" fails <retries> times with "Lambda.TooManyRequestsException"
    And the task "CreateOrderRecord" fails with "<error>"
    And the task "RefundPayment" returns {"Payload": {"status": "pending"}}
    When the execution runs
    Then the execution fails with error "OrderFailedCritical"
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> CreateOrderRecord -> RefundPaymentAndRelease -> RefundPayment -> RefundFailed -> ReleaseInventory -> CheckCompensation -> OrderFailedCritical"
    And the state "RefundPayment" was retried 0 times
    And the state "CheckInventory" was retried <retries> times

    Examples:
      | error            | retries | check                |
      | OrderRecordError | 0       | checked at once      |
      | ValidationError  | 0       | checked at once      |

    @retry
    Examples:
      | error            | retries | check                |
      | OrderRecordError | 1       | check throttled once |
      | ValidationError  | 1       | check throttled once |

  @compensation @failure @jsonata-only
  Scenario: In JSONata, the order record and the refund read the reservation and payment ids from variables
    Given the task "CreateOrderRecord" fails with "OrderRecordError"
    When the execution runs
    Then the execution fails with error "OrderFailedWithCompensation"
    And the variable "reservationId" after the state "ReserveInventory" is:
      """json
      "RES-9001"
      """
    And the variable "paymentIntentId" after the state "ProcessPayment" is:
      """json
      "pi_ABC123"
      """
    And the task "CreateOrderRecord" was called with:
      """json
      { "Payload": { "reservationId": "RES-9001", "paymentIntentId": "pi_ABC123" } }
      """
    And the task "RefundPayment" was called with:
      """json
      { "Payload": { "paymentIntentId": "pi_ABC123" } }
      """

  # Failure path 4: notification failed (continue anyway)

  @compensation
  Scenario: A notification that cannot be sent still confirms the order
    Given the task "NotifyCustomer" fails with "SES.MessageRejected" and cause "Email address is not verified."
    When the execution runs
    Then the execution succeeds
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> CreateOrderRecord -> NotifyCustomer -> OrderSuccess"
    And the output contains:
      """json
      {
        "status": "CONFIRMED",
        "order": { "status": "CONFIRMED" },
        "notificationError": { "Error": "SES.MessageRejected", "Cause": "Email address is not verified." }
      }
      """
    And the path does not contain "RefundPaymentAndRelease"
    And the history matches its snapshot

  @compensation
  Scenario: A notification that hangs times out after 45 seconds and the order is still confirmed
    Given the task "NotifyCustomer" times out
    When the execution runs
    Then the execution succeeds
    And the state "NotifyCustomer" was retried 0 times
    And the execution took 45 seconds of virtual time
    And the output contains:
      """json
      { "status": "CONFIRMED", "notificationError": { "Error": "States.Timeout" } }
      """

  @retry @compensation
  Scenario: Throttled notifications are retried 4 times, after 5, 10, 20 and 40 seconds, then given up
    Given the task "NotifyCustomer" fails with "Throttling" and cause "Maximum sending rate exceeded."
    When the execution runs
    Then the execution succeeds
    And the state "NotifyCustomer" was retried after "5, 10, 20, 40" seconds
    And the execution took 75 seconds of virtual time
    And the output contains:
      """json
      { "status": "CONFIRMED", "notificationError": { "Error": "Throttling" } }
      """

  # Retries that succeed, one per retrier

  @retry
  Scenario Outline: A transient <error> in <state> is retried after <waits> seconds and the order is confirmed
    Given the task "<state>" fails 2 times with "<error>" and then returns:
      """json
      <result>
      """
    When the execution runs
    Then the execution succeeds
    And the path is "CheckInventory -> ReserveInventory -> ProcessPayment -> CreateOrderRecord -> NotifyCustomer -> OrderSuccess"
    And the state "<state>" was retried after "<waits>" seconds
    And the output contains:
      """json
      { "status": "CONFIRMED" }
      """

    Examples:
      | state             | error                                  | waits | result                                                               |
      | CheckInventory    | Lambda.TooManyRequestsException        | 2, 4  | {"Payload": {"available": true}}                                     |
      | CheckInventory    | InventoryServiceUnavailable            | 1, 1.5 | {"Payload": {"available": true}}                                    |
      | ReserveInventory  | ProvisionedThroughputExceededException | 1, 2  | {"Payload": {"reservationId": "RES-9002"}}                           |
      | ReserveInventory  | Lambda.AWSLambdaException              | 2, 4  | {"Payload": {"reservationId": "RES-9003"}}                           |
      | ProcessPayment    | Lambda.SdkClientException              | 2, 4  | {"Payload": {"paymentIntentId": "pi_DEF456", "status": "succeeded"}} |
      | CreateOrderRecord | ThrottlingException                    | 1, 2  | {"Payload": {"status": "CONFIRMED"}}                                 |
      | CreateOrderRecord | Lambda.ServiceException                | 2, 4  | {"Payload": {"status": "CONFIRMED"}}                                 |
      | NotifyCustomer    | Lambda.AWSLambdaException              | 2, 4  | {"Payload": {"channels": ["email"]}}                                 |
      | NotifyCustomer    | Throttling                             | 5, 10 | {"Payload": {"channels": ["sms"]}}                                   |

  @retry
  Scenario: DynamoDB throttling of the reservation is ridden out for up to 5 retries
    Given the task "ReserveInventory" fails 5 times with "ProvisionedThroughputExceededException" and then returns:
      """json
      { "Payload": { "reservationId": "RES-9004" } }
      """
    When the execution runs
    Then the execution succeeds
    And the state "ReserveInventory" was retried after "1, 2, 4, 8, 16" seconds
    And the execution took 31 seconds of virtual time
