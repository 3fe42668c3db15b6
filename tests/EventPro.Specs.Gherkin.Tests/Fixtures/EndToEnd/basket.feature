@e2e
Feature: Basket
  A small domain that drives the runner end to end through xunit: every scenario here must pass.

  Background:
    Given an empty basket

  Scenario: Adding items
    When I add 2 "apples" at 0.5 each
    And I add 1 'pear' at 1.25 each
    Then the basket holds 3 items
    But the basket does not hold "plums"
    And the total is 2.25

  @pricing
  Scenario Outline: Discounts
    When I add <count> "<fruit>" at <price> each
    And a <discount> discount applies
    Then the total is <total>

    Examples: Small baskets
      | count | fruit | price | discount | total |
      | 1     | apple | 1.00  | 10%      | 0.9   |

    @bulk
    Examples: Bulk
      | count | fruit | price | discount | total |
      | 10    | pear  | 2.00  | 50%      | 10    |
      | 4     | plum  | 0.25  | 0%       | 1     |

  Scenario: Items from a table
    When I add these items:
      | fruit | count | price |
      | apple | 2     | 0.5   |
      | melon | 1     | 3     |
    Then the basket holds 3 items
    And the total is 4

  Scenario: Receipt as a doc string
    When I add 1 "apple" at 0.5 each
    Then the receipt is:
      """text
      apple x1 = 0.5
      """

  Scenario: Regular expression step and shared context
    When I add 3 apples the old way
    Then the basket holds 3 items
    And the feature was prepared by its hook

  Scenario: Pending step is reported as skipped
    When I add 1 "apple" at 0.5 each
    Then the basket can be shared with a friend

  @ignore
  Scenario: Not written yet
    Then nothing of this runs
