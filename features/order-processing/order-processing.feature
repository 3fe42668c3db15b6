@order-processing @jsonata-twin
Feature: Order processing
  The Step Functions exercise's order workflow: validate the order, check the inventory, charge the
  payment (retried on any task error, 3 retries after 2, 4 and 8 seconds), and complete the order.
  An invalid order fails with ValidationError; an item out of stock or a payment that still fails
  after its retries ends in the Failure state (OrderProcessingError).

  Background:
    Given the state machine "order-processing"

  @happy
  Scenario: The exercise's valid sample order is validated, found in stock, paid and completed
    Given the input:
      """json
      { "orderId": "ORDER-001", "customerId": "CUST-123", "amount": 99.99 }
      """
    And the task "ValidateOrder" returns {"Payload": {"valid": true}}
    And the task "CheckInventory" returns {"Payload": {"inventoryAvailable": true}}
    And the task "ProcessPayment" returns {"Payload": {"transactionId": "TXN-9001", "status": "SUCCESS"}}
    When the execution runs
    Then the execution succeeds
    And the path is "ValidateOrder -> CheckValidation -> CheckInventory -> IsInventoryAvailable -> ProcessPayment -> OrderCompleted"
    And the output is:
      """json
      {
        "orderId": "ORDER-001",
        "customerId": "CUST-123",
        "amount": 99.99,
        "validation": { "valid": true },
        "inventory": { "inventoryAvailable": true },
        "payment": { "transactionId": "TXN-9001" },
        "result": { "status": "completed", "message": "Order processed successfully" }
      }
      """
    And the task "ValidateOrder" was called with:
      """json
      { "FunctionName": "validate-order", "Payload": { "orderId": "ORDER-001", "customerId": "CUST-123", "amount": 99.99 } }
      """
    And the task "ProcessPayment" was called with:
      """json
      { "FunctionName": "process-payment", "Payload": { "validation": { "valid": true }, "inventory": { "inventoryAvailable": true } } }
      """
    And the history matches its snapshot

  @failure
  Scenario Outline: The exercise's invalid sample orders fail validation before any stock check (<order id>)
    Given the input:
      """json
      <order>
      """
    And the task "ValidateOrder" returns {"Payload": {"valid": false}}
    When the execution runs
    Then the execution fails with error "ValidationError" and cause "Order validation failed"
    And the path is "ValidateOrder -> CheckValidation -> ValidationFailed"
    And the state "CheckInventory" ran 0 times

    Examples:
      | order id  | problem          | order                                                         |
      | ORDER-002 | missing customer | { "orderId": "ORDER-002", "amount": 50.00 }                   |
      | ORDER-003 | negative amount  | { "orderId": "ORDER-003", "customerId": "CUST-124", "amount": -10.00 } |

  @failure
  Scenario: An item out of stock ends in the Failure state without charging the customer
    Given the input:
      """json
      { "orderId": "ORDER-001", "customerId": "CUST-123", "amount": 99.99 }
      """
    And the task "ValidateOrder" returns {"Payload": {"valid": true}}
    And the task "CheckInventory" returns {"Payload": {"inventoryAvailable": false}}
    When the execution runs
    Then the execution fails with error "OrderProcessingError" and cause "Order could not be completed"
    And the path is "ValidateOrder -> CheckValidation -> CheckInventory -> IsInventoryAvailable -> OutOfStock -> Failure"
    And the state "ProcessPayment" ran 0 times
    And the history matches its snapshot

  @retry
  Scenario: A payment that fails twice is retried after 2 and 4 seconds and the order completes
    Given the input:
      """json
      { "orderId": "ORDER-001", "customerId": "CUST-123", "amount": 99.99 }
      """
    And the task "ValidateOrder" returns {"Payload": {"valid": true}}
    And the task "CheckInventory" returns {"Payload": {"inventoryAvailable": true}}
    And the task "ProcessPayment" fails 2 times with "PaymentProviderError" and then returns:
      """json
      { "Payload": { "transactionId": "TXN-9002", "status": "SUCCESS" } }
      """
    When the execution runs
    Then the execution succeeds
    And the state "ProcessPayment" was retried 2 times
    And the state "ProcessPayment" was retried after "2, 4" seconds
    And the execution took 6 seconds of virtual time
    And the output contains:
      """json
      { "payment": { "transactionId": "TXN-9002" }, "result": { "status": "completed" } }
      """

  @retry @compensation @failure
  Scenario: A payment that keeps failing is retried 3 times, then caught by PaymentFailed
    Given the input:
      """json
      { "orderId": "ORDER-001", "customerId": "CUST-123", "amount": 99.99 }
      """
    And the task "ValidateOrder" returns {"Payload": {"valid": true}}
    And the task "CheckInventory" returns {"Payload": {"inventoryAvailable": true}}
    And the task "ProcessPayment" fails with "PaymentProviderError" and cause "card processor unavailable"
    When the execution runs
    Then the execution fails with error "OrderProcessingError"
    And the state "ProcessPayment" was retried after "2, 4, 8" seconds
    And the execution took 14 seconds of virtual time
    And the path is "ValidateOrder -> CheckValidation -> CheckInventory -> IsInventoryAvailable -> ProcessPayment -> PaymentFailed -> Failure"
    And the history matches its snapshot

  @failure
  Scenario: A Lambda service error outside the payment is neither retried nor caught
    # The exercise's definition has Retry and Catch on ProcessPayment only: a transient
    # Lambda.ServiceException in ValidateOrder fails the whole execution with that error.
    Given the input:
      """json
      { "orderId": "ORDER-001", "customerId": "CUST-123", "amount": 99.99 }
      """
    And the task "ValidateOrder" fails with "Lambda.ServiceException" and cause "Lambda was unable to process the request"
    When the execution runs
    Then the execution fails with error "Lambda.ServiceException" and cause "Lambda was unable to process the request"
    And the state "ValidateOrder" was retried 0 times
    And the path is "ValidateOrder"

  @failure
  Scenario: A stock check that fails is neither retried nor caught
    # CheckInventory has no Retry and no Catch: its error ends the execution before any payment.
    Given the input:
      """json
      { "orderId": "ORDER-001", "customerId": "CUST-123", "amount": 99.99 }
      """
    And the task "ValidateOrder" returns {"Payload": {"valid": true}}
    And the task "CheckInventory" fails with "InventoryServiceError" and cause "inventory table unavailable"
    When the execution runs
    Then the execution fails with error "InventoryServiceError" and cause "inventory table unavailable"
    And the path is "ValidateOrder -> CheckValidation -> CheckInventory"
    And the state "ProcessPayment" ran 0 times
