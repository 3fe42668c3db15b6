@orders
Feature: Ordering

  Scenario: Place an order
    Given an order

  @ignore
  Scenario: Not ready
    Given an order

  Scenario Outline: Pick a size
    Given a <size> order

    @large
    Examples:
      | size  |
      | large |
