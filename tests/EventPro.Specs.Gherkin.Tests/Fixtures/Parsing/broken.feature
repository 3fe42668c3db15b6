Feature: Broken

  Scenario: A table without a step
    Given something
  | this | is | not | allowed |
    Then nothing
    Oops this line is no step
