@checkout @wiremock @jsonata-twin
Feature: EventPro checkout over real HTTP
  The same checkout definition with no task mocked: DynamoDB, Stripe, S3 and SNS are the real
  WireMock server (mocks/wiremock/mappings), reached over HTTP by the task backends exactly as
  Step Functions would call them. Each scenario has its own WireMock scope, so they run in parallel.

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
    And WireMock fakes the services with the mappings "dynamodb, stripe, s3, sns"

  @happy
  Scenario: A purchase completes through Stripe and S3 for real
    When the execution runs
    Then the execution succeeds
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> SendConfirmation"
    And the output contains:
      """json
      {
        "payment": { "paymentId": "pi_3QfakeEventPro0001", "status": "succeeded" },
        "ticket": { "ticketKey": "tickets/ord-1001.pdf", "etag": "\"d41d8cd98f00b204e9800998ecf8427e\"" },
        "confirmation": { "messageId": "5a8e0c43-7f4b-5e5d-9c0a-1b2c3d4e5f60" }
      }
      """
    And Stripe received 1 payment intent and 0 refunds
    And the ticket PDF was put to S3 under key "tickets/ord-1001.pdf"
    And WireMock received no unmatched requests

  @compensation
  Scenario: Stripe declines the card and the seat is released
    Given Stripe declines the card
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ProcessPayment" was retried 0 times
    And the path is "ReserveSeat -> ProcessPayment -> ReleaseSeat -> WhichFailure -> PaymentFailed"
    And Stripe received 1 payment intent and 0 refunds

  @retry
  Scenario: Stripe rate limits twice, the retries back off and the purchase completes
    Given Stripe answers 429 2 times then succeeds
    When the execution runs
    Then the execution succeeds
    And the state "ProcessPayment" was retried after "2, 4" seconds
    And Stripe received 3 payment intents and 0 refunds

  @compensation
  Scenario: The ticket upload's connection is reset, so the payment is refunded
    Given the endpoint "PUT /eventpro-tickets/tickets/ord-1001.pdf" fails with a reset connection
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And the path is "ReserveSeat -> ProcessPayment -> GenerateTicket -> RefundPayment -> ReleaseSeat -> WhichFailure -> TicketGenerationFailed"
    And Stripe received 1 payment intent and 1 refund

  @retry @compensation
  Scenario: Stripe closes every connection without answering, so the checkout gives up after the retries
    Given the endpoint "POST /v1/payment_intents" fails with an empty response
    When the execution runs
    Then the execution fails with error "PaymentFailed"
    And the state "ProcessPayment" was retried after "2, 4, 8" seconds
    And Stripe received 4 payment intents and 0 refunds

  @compensation
  Scenario: A ticket upload slower than the request timeout is refunded
    Given HTTP calls time out after 1500 ms
    And the endpoint "PUT /eventpro-tickets/tickets/ord-1001.pdf" fails with a delay of 6000 ms
    When the execution runs
    Then the execution fails with error "TicketGenerationFailed"
    And Stripe received 1 payment intent and 1 refund
