@checkout
Feature: EventPro checkout
  A premium purchase reserves a seat (10-minute hold), charges the card, generates the PDF
  ticket and sends the confirmation. A failure after the reservation releases the seat; after
  the charge, the payment is refunded first.

  Background:
    Given the state machine "eventpro-checkout"
    And the input:
      """json
      {
        "orderId": "ord-1001",
        "eventId": "evt-summer-gala",
        "seatId": "A-12",
        "amount": 149.0,
        "currency": "GBP",
        "paymentToken": "tok_visa_4242",
        "email": "ada@example.com"
      }
      """
    And the task "ReserveSeat" returns {"Payload": {"reservationId": "res-77", "expiresAt": "2026-01-01T00:10:00Z"}}
    And the task "ReleaseSeat" returns {"Payload": {"released": true}}
    And the task "RefundPayment" returns {"Payload": {"refundId": "re_1"}}

  @happy
  Scenario: A premium purchase completes
    Given the task "ProcessPayment" returns {"Payload": {"paymentId": "pi_1", "status": "succeeded"}}
    And the task "GenerateTicket" returns {"Payload": {"ticketKey": "tickets/ord-1001.pdf"}}
    And the task "SendConfirmation" returns {"Payload": {"messageId": "msg-1"}}
    When the execution runs
    Then the execution succeeds
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> SendConfirmation"
    And the output contains:
      """json
      {
        "reservation": { "reservationId": "res-77" },
        "payment": { "paymentId": "pi_1" },
        "ticket": { "ticketKey": "tickets/ord-1001.pdf" },
        "confirmation": { "messageId": "msg-1" }
      }
      """
    And the task "ReserveSeat" was called with:
      """json
      { "Payload": { "seatId": "A-12", "holdSeconds": 600 } }
      """
    And the task "ProcessPayment" was called with:
      """json
      { "Payload": { "idempotencyKey": "ord-1001-charge" } }
      """
    And the history matches its snapshot

  @retry
  Scenario: A slow payment gateway is retried and the purchase completes
    Given the task "ProcessPayment" fails 2 times with "PaymentGatewayTimeout" and then returns:
      """json
      { "Payload": { "paymentId": "pi_2", "status": "succeeded" } }
      """
    And the task "GenerateTicket" returns {"Payload": {"ticketKey": "tickets/ord-1001.pdf"}}
    And the task "SendConfirmation" returns {"Payload": {"messageId": "msg-2"}}
    When the execution runs
    Then the execution succeeds
    And the state "ProcessPayment" was retried 2 times
    And the state "ProcessPayment" was retried after "2, 4" seconds
    And the execution took 6 seconds of virtual time

  @retry @compensation
  Scenario: The payment gateway never answers: the retries run out and the seat is released
    Given the task "ProcessPayment" fails with "PaymentGatewayTimeout" and cause "gateway did not answer in 10 s"
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ProcessPayment" was retried after "2, 4, 8" seconds
    And the path is "ReserveSeat -> ProcessPayment -> ReleaseSeat -> WhichFailure -> PaymentFailed"
    And every completed "ReserveSeat" was compensated by "ReleaseSeat"
    And the history matches its snapshot

  @compensation
  Scenario Outline: A declined card releases the seat without retrying
    Given the task "ProcessPayment" fails with "<error>" and cause "<cause>"
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ProcessPayment" was retried 0 times
    And the path does not contain "RefundPayment"
    And every completed "ReserveSeat" was compensated by "ReleaseSeat"

    Examples:
      | error                | cause                |
      | PaymentDeclined      | card_declined        |
      | InsufficientFunds    | insufficient_funds   |
      | States.TaskFailed    | stripe returned 500  |

  @compensation
  Scenario: A ticket that cannot be generated refunds the payment, then releases the seat
    Given the task "ProcessPayment" returns {"Payload": {"paymentId": "pi_3", "status": "succeeded"}}
    And the task "GenerateTicket" fails with "S3.ServiceUnavailable" and cause "PDF upload failed"
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> RefundPayment -> ReleaseSeat -> WhichFailure -> TicketGenerationFailed"
    And the state "RefundPayment" ran before "ReleaseSeat"
    And every completed "ProcessPayment" was compensated by "RefundPayment"
    And every completed "ReserveSeat" was compensated by "ReleaseSeat"
    And the task "RefundPayment" was called with:
      """json
      { "Payload": { "paymentId": "pi_3", "idempotencyKey": "ord-1001-refund" } }
      """
    And the history matches its snapshot

  @compensation
  Scenario: A ticket generator that hangs times out after 30 seconds and is compensated
    Given the task "ProcessPayment" returns {"Payload": {"paymentId": "pi_4", "status": "succeeded"}}
    And the task "GenerateTicket" times out
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And the path contains "RefundPayment"
    And the execution took 30 seconds of virtual time

  @notification
  Scenario: A confirmation that cannot be sent does not undo the purchase
    Given the task "ProcessPayment" returns {"Payload": {"paymentId": "pi_5", "status": "succeeded"}}
    And the task "GenerateTicket" returns {"Payload": {"ticketKey": "tickets/ord-1001.pdf"}}
    And the task "SendConfirmation" fails with "SNS.InvalidParameterException"
    When the execution runs
    Then the execution succeeds
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> SendConfirmation -> LogNotificationError"
    And the path does not contain "RefundPayment"
    And the output is:
      """json
      {
        "orderId": "ord-1001",
        "ticket": { "ticketKey": "tickets/ord-1001.pdf" },
        "notification": "FAILED",
        "reason": "SNS.InvalidParameterException"
      }
      """

  @reservation
  Scenario: A seat that is already taken ends the checkout before any charge
    Given the task "ReserveSeat" fails with "SeatUnavailable" and cause "seat A-12 is held by another order"
    When the execution runs
    Then the execution fails with error "ReservationFailed"
    And the path is "ReserveSeat -> ReservationFailed"
    And the state "ReserveSeat" was retried 0 times
