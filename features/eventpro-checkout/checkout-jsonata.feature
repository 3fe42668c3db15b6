@checkout @jsonata-twin @jsonata-only
Feature: EventPro checkout in JSONata
  What only the JSONata twin (definitions/eventpro-checkout-jsonata.asl.json) has or does: the
  payment id and the ticket key kept in workflow variables (the refund reads $paymentId, the
  confirmation reads $ticketKey), and the places where JSONata's rules differ from JSONPath's.
  Everything else the twin must do is checkout.feature, checkout-critical.feature and
  checkout-wiremock.feature, which run against both definitions (@jsonata-twin).

  Background:
    Given the state machine "eventpro-checkout"
    And the input:
      """json
      {
        "orderId": "ord-1001",
        "eventId": "evt-summer-gala",
        "seatId": "A-12",
        "amount": 14900,
        "currency": "gbp",
        "paymentToken": "pm_card_visa",
        "email": "ada@example.com"
      }
      """
    And the task "ReserveSeat" returns {}
    And the task "ReleaseSeat" returns {}
    And the task "RefundPayment" returns {"ResponseBody": {"id": "re_1", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}

  @happy
  Scenario: The payment id and the ticket key are kept in variables
    Given the task "ProcessPayment" returns {"ResponseBody": {"id": "pi_1", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}
    And the task "GenerateTicket" returns {"ETag": "\"9b2cf535f27731c974343645a3985328\"", "ServerSideEncryption": "AES256"}
    And the task "SendConfirmation" returns {"MessageId": "msg-1"}
    When the execution runs
    Then the execution succeeds
    And the variable "paymentId" after the state "ProcessPayment" is:
      """json
      "pi_1"
      """
    And the variable "ticketKey" is:
      """json
      "tickets/ord-1001.pdf"
      """

  @compensation
  Scenario: The refund reads the payment id from its variable
    Given the task "ProcessPayment" returns {"ResponseBody": {"id": "pi_3", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}
    And the task "GenerateTicket" fails with "S3.NoSuchBucketException" and cause "The specified bucket does not exist."
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And the variable "paymentId" is:
      """json
      "pi_3"
      """
    And the task "RefundPayment" was called with:
      """json
      { "RequestBody": { "payment_intent": "pi_3" } }
      """

  @reservation
  Scenario: An order without a seat is refused at the reservation, caught as a JSONata evaluation error
    # In JSONata a field that selects nothing fails with States.QueryEvaluationError, which States.ALL
    # catches; the JSONPath definition fails the whole execution with States.Runtime, which no Catch can take.
    Given the input:
      """json
      { "orderId": "ord-1002", "eventId": "evt-summer-gala", "amount": 14900, "currency": "gbp", "paymentToken": "pm_card_visa", "email": "ada@example.com" }
      """
    When the execution runs
    Then the execution fails with error "ReservationFailed"
    And the path is "ReserveSeat -> ReservationFailed"
    And the state "ReserveSeat" was retried 0 times

  @compensation
  Scenario: A refund answer without an id still releases the seat and ends in a ticket failure
    # JSONata leaves a field that selects nothing out of the object $merge builds, so the refund is
    # recorded without an id; the JSONPath definition fails with States.Runtime here (checkout-critical.feature).
    Given the task "ProcessPayment" returns {"ResponseBody": {"id": "pi_9", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}
    And the task "GenerateTicket" fails with "S3.NoSuchBucketException"
    And the task "RefundPayment" returns {"StatusCode": 200, "StatusText": "OK"}
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> RefundPayment -> ReleaseSeat -> WhichFailure -> TicketGenerationFailed"
    And the state "RefundPayment" was retried 0 times
