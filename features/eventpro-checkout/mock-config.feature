@checkout @mock-config @jsonata-twin
Feature: EventPro checkout from a Step Functions Local MockConfigFile
  A team coming from Step Functions Local keeps its mock configuration: mocks/MockConfigFile.json
  has the test cases of "eventpro-checkout" in AWS's format (StateMachines.<name>.TestCases.<case>
  maps each Task state to a MockedResponses entry, whose "0", "1-2", ... keys answer the state's
  invocations, retries included, with Return or Throw). The answers have the real services'
  shapes: the HTTP Task's Headers/ResponseBody/StatusCode/StatusText, S3's ETag, SNS's MessageId.
  The JSONata twin has the same state names, so its run uses the same test cases.

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

  @happy
  Scenario: The HappyPath test case completes the purchase
    Given the mock config test case "HappyPath"
    When the execution runs
    Then the execution succeeds
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> SendConfirmation"
    And the output contains:
      """json
      {
        "payment": { "paymentId": "pi_3QmockCfgEventPro01", "status": "succeeded" },
        "ticket": { "ticketKey": "tickets/ord-1001.pdf", "etag": "\"0c4f1f6a3b2e8d7c9a5b4e3d2c1f0a9b\"" },
        "confirmation": { "messageId": "7d3b9c2e-4a1f-5e6d-8b0c-9f8e7d6c5b4a" }
      }
      """

  @compensation
  Scenario: The PaymentDeclined test case releases the seat without a retry or a refund
    Given the mock config test case "PaymentDeclined"
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the path is "ReserveSeat -> ProcessPayment -> ReleaseSeat -> WhichFailure -> PaymentFailed"
    And the state "ProcessPayment" was retried 0 times
    And every completed "ReserveSeat" was compensated by "ReleaseSeat"

  @compensation
  Scenario: The TicketFailsAfterCharge test case refunds the payment, then releases the seat
    Given the mock config test case "TicketFailsAfterCharge"
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> RefundPayment -> ReleaseSeat -> WhichFailure -> TicketGenerationFailed"
    And every completed "ProcessPayment" was compensated by "RefundPayment"
    And every completed "ReserveSeat" was compensated by "ReleaseSeat"
    And the task "RefundPayment" was called with:
      """json
      { "RequestBody": { "payment_intent": "pi_3QmockCfgEventPro01" } }
      """

  @retry
  Scenario: The PaymentThrottledThenCharged test case is retried on its "0-1" answers and charged on "2"
    Given the mock config test case "PaymentThrottledThenCharged"
    When the execution runs
    Then the execution succeeds
    And the state "ProcessPayment" was retried after "2, 4" seconds
    And the output contains:
      """json
      { "payment": { "paymentId": "pi_3QmockCfgEventPro02", "status": "succeeded" } }
      """

  @notification
  Scenario: A state the scenario mocks itself wins over the test case
    Given the mock config test case "HappyPath"
    And the task "SendConfirmation" fails with "SNS.InvalidParameterException"
    When the execution runs
    Then the execution succeeds
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> SendConfirmation -> LogNotificationError"
