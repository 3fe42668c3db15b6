@payments
Feature: Checkout
  Paying for an order.

  Background:
    Given a cart with 2 items
    And a registered customer

  @smoke
  Scenario: Payment accepted
    When the customer pays
    Then the order is confirmed
    But no refund is issued

  @compensation
  Scenario Outline: Payment declined
    Given a <card> card
    When the customer pays <amount>
    Then the order for <card> is cancelled with:
      | card   | amount   |
      | <card> | <amount> |
    And the receipt says:
      """<format>
      declined <card> <amount>
      """

    Examples: Cards
      | card | amount | format |
      | visa | 10     | text   |
      | amex | 20     | json   |

    @slow
    Examples: Vouchers
      | card    | amount | format |
      | voucher | 5      | text   |
