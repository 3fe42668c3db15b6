@checkout @jsonata-twin
Feature: EventPro checkout
  A premium purchase holds the seat in DynamoDB (10-minute hold), charges the card with Stripe,
  stores the PDF ticket in S3 and publishes the confirmation to SNS. A failure after the hold
  releases the seat; after the charge, the payment is refunded first.

  Every task is mocked by state name here, with the result its real service gives (the HTTP
  Task's ResponseBody, S3's ETag, SNS's MessageId); checkout-wiremock.feature drives the same
  definition over real HTTP.

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
  Scenario: A premium purchase completes
    Given the task "ProcessPayment" returns {"ResponseBody": {"id": "pi_1", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}
    And the task "GenerateTicket" returns {"ETag": "\"9b2cf535f27731c974343645a3985328\"", "ServerSideEncryption": "AES256"}
    And the task "SendConfirmation" returns {"MessageId": "msg-1"}
    When the execution runs
    Then the execution succeeds
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> SendConfirmation"
    And the output contains:
      """json
      {
        "payment": { "paymentId": "pi_1", "status": "succeeded" },
        "ticket": { "ticketKey": "tickets/ord-1001.pdf", "etag": "\"9b2cf535f27731c974343645a3985328\"" },
        "confirmation": { "messageId": "msg-1" }
      }
      """
    And the task "ReserveSeat" was called with:
      """json
      {
        "TableName": "eventpro-seat-holds",
        "Item": { "seatId": { "S": "A-12" }, "orderId": { "S": "ord-1001" }, "holdSeconds": { "N": "600" } },
        "ConditionExpression": "attribute_not_exists(seatId)"
      }
      """
    And the task "ProcessPayment" was called with:
      """json
      {
        "ApiEndpoint": "https://api.stripe.com/v1/payment_intents",
        "Headers": { "Idempotency-Key": "ord-1001-charge" },
        "RequestBody": { "amount": 14900, "currency": "gbp", "metadata": { "orderId": "ord-1001" } },
        "Transform": { "RequestBodyEncoding": "URL_ENCODED" }
      }
      """
    And the task "GenerateTicket" was called with:
      """json
      { "Bucket": "eventpro-tickets", "Key": "tickets/ord-1001.pdf", "ContentType": "application/pdf" }
      """
    And the task "SendConfirmation" was called with:
      """json
      { "Message": { "orderId": "ord-1001", "email": "ada@example.com", "ticketKey": "tickets/ord-1001.pdf" } }
      """
    And the history matches its snapshot

  @retry
  Scenario: A rate-limited payment gateway is retried and the purchase completes
    Given the task "ProcessPayment" fails 2 times with "States.Http.StatusCode.429" and then returns:
      """json
      { "ResponseBody": { "id": "pi_2", "status": "succeeded" }, "StatusCode": 200, "StatusText": "OK" }
      """
    And the task "GenerateTicket" returns {"ETag": "\"9b2cf535f27731c974343645a3985328\""}
    And the task "SendConfirmation" returns {"MessageId": "msg-2"}
    When the execution runs
    Then the execution succeeds
    And the state "ProcessPayment" was retried 2 times
    And the state "ProcessPayment" was retried after "2, 4" seconds
    And the execution took 6 seconds of virtual time

  @retry @compensation
  Scenario: The payment gateway never answers: the retries run out and the seat is released
    Given the task "ProcessPayment" fails with "States.Http.Socket" and cause "Read timed out"
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ProcessPayment" was retried after "2, 4, 8" seconds
    And the path is "ReserveSeat -> ProcessPayment -> ReleaseSeat -> WhichFailure -> PaymentFailed"
    And every completed "ReserveSeat" was compensated by "ReleaseSeat"
    And the task "ReleaseSeat" was called with:
      """json
      {
        "Key": { "eventId": { "S": "evt-summer-gala" }, "seatId": { "S": "A-12" } },
        "ExpressionAttributeValues": { ":orderId": { "S": "ord-1001" } }
      }
      """
    And the history matches its snapshot

  @compensation
  Scenario Outline: A card Stripe refuses releases the seat without retrying
    Given the task "ProcessPayment" fails with "<error>" and cause "<cause>"
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ProcessPayment" was retried 0 times
    And the path does not contain "RefundPayment"
    And every completed "ReserveSeat" was compensated by "ReleaseSeat"

    Examples:
      | error                      | cause                     |
      | States.Http.StatusCode.402 | card_declined             |
      | States.Http.StatusCode.402 | insufficient_funds        |
      | States.Http.StatusCode.400 | parameter_invalid_integer |

  @compensation
  Scenario: A ticket that cannot be stored refunds the payment, then releases the seat
    Given the task "ProcessPayment" returns {"ResponseBody": {"id": "pi_3", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}
    And the task "GenerateTicket" fails with "S3.NoSuchBucketException" and cause "The specified bucket does not exist. (Service: S3, Status Code: 404, Request ID: R1, Extended Request ID: H1)"
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> RefundPayment -> ReleaseSeat -> WhichFailure -> TicketGenerationFailed"
    And the state "RefundPayment" ran before "ReleaseSeat"
    And every completed "ProcessPayment" was compensated by "RefundPayment"
    And every completed "ReserveSeat" was compensated by "ReleaseSeat"
    And the task "RefundPayment" was called with:
      """json
      {
        "ApiEndpoint": "https://api.stripe.com/v1/refunds",
        "Headers": { "Idempotency-Key": "ord-1001-refund" },
        "RequestBody": { "payment_intent": "pi_3" }
      }
      """
    And the history matches its snapshot

  @compensation
  Scenario: A ticket store that hangs times out after 30 seconds and is compensated
    Given the task "ProcessPayment" returns {"ResponseBody": {"id": "pi_4", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}
    And the task "GenerateTicket" times out
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And the path contains "RefundPayment"
    And the execution took 30 seconds of virtual time

  @notification
  Scenario: A confirmation that cannot be published does not undo the purchase
    Given the task "ProcessPayment" returns {"ResponseBody": {"id": "pi_5", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}
    And the task "GenerateTicket" returns {"ETag": "\"9b2cf535f27731c974343645a3985328\""}
    And the task "SendConfirmation" fails with "SNS.InvalidParameterException"
    When the execution runs
    Then the execution succeeds
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> SendConfirmation -> LogNotificationError"
    And the path does not contain "RefundPayment"
    And the output is:
      """json
      {
        "orderId": "ord-1001",
        "ticket": { "ticketKey": "tickets/ord-1001.pdf", "etag": "\"9b2cf535f27731c974343645a3985328\"" },
        "notification": "FAILED",
        "reason": "SNS.InvalidParameterException"
      }
      """

  @reservation
  Scenario: A seat that is already held ends the checkout before any charge
    Given the task "ReserveSeat" fails with "DynamoDB.ConditionalCheckFailedException" and cause "The conditional request failed (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ConditionalCheckFailedException; Request ID: R1; Proxy: null)"
    When the execution runs
    Then the execution fails with error "SeatUnavailable"
    And the path is "ReserveSeat -> SeatTaken"
    And the state "ReserveSeat" was retried 0 times

  @reservation @retry
  Scenario: A throttled seat table is retried and the purchase completes
    Given the task "ReserveSeat" fails 1 time with "DynamoDB.ProvisionedThroughputExceededException" and then returns:
      """json
      {}
      """
    And the task "ProcessPayment" returns {"ResponseBody": {"id": "pi_6", "status": "succeeded"}, "StatusCode": 200, "StatusText": "OK"}
    And the task "GenerateTicket" returns {"ETag": "\"9b2cf535f27731c974343645a3985328\""}
    And the task "SendConfirmation" returns {"MessageId": "msg-6"}
    When the execution runs
    Then the execution succeeds
    And the state "ReserveSeat" was retried after "1" seconds

  @reservation
  Scenario: A seat table that cannot be reached ends the checkout before any charge
    Given the task "ReserveSeat" fails with "DynamoDB.ResourceNotFoundException" and cause "Requested resource not found"
    When the execution runs
    Then the execution fails with error "ReservationFailed"
    And the path is "ReserveSeat -> ReservationFailed"

  @compensation
  Scenario: A hold another order has taken over since is left alone
    Given the task "ProcessPayment" fails with "States.Http.StatusCode.402" and cause "card_declined"
    And the task "ReleaseSeat" fails with "DynamoDB.ConditionalCheckFailedException" and cause "The conditional request failed"
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ReleaseSeat" was retried 0 times
    And the path is "ReserveSeat -> ProcessPayment -> ReleaseSeat -> WhichFailure -> PaymentFailed"
