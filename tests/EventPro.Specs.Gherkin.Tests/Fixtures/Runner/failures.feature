Feature: Failures

  Scenario: A step throws
    Given a passing step
    When a step throws "card declined"
    Then a passing step
    And an undefined step with "quoted" text and 42 items at 1.5

  Scenario: Undefined step with a table
    Given nothing (matches) this step:
      | a | b |
      | 1 | 2 |

  Scenario: Undefined step with a doc string
    When nothing matches this text:
      """json
      {}
      """

  Scenario: Ambiguous step
    Given an ambiguous step

  Scenario: Pending step
    Given a pending step
    Then a passing step

  Scenario: Wrong keyword
    When a passing step
