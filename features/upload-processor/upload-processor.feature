@upload-processor @jsonata-twin
Feature: Upload processor
  An EventBridge rule on S3 Object Created starts the upload processor with the S3 event. LogInput
  keeps the bucket, key and execution in the state data; ProcessUpload runs the ETL Lambda function,
  retrying every error type with exponential backoff.

  The team's README says the retry makes "3 attempts" (immediately, after 2 s, after 4 s, ~6 s in
  all). AWS reads MaxAttempts 3 as three retries after the first attempt: four attempts, after 2, 4
  and 8 seconds, 14 s of waits. The scenarios assert what AWS does.

  Every scenario also runs against the JSONata twin (definitions/upload-processor-jsonata.asl.json),
  which keeps the logging record in the variable $logging instead of the state data; the ETL function
  gets the same payload and the execution ends with the same output. Where JSONPath and JSONata fail
  differently, a @jsonpath-only scenario and a @jsonata-only one say what each does.

  Background:
    Given the state machine "upload-processor"
    And the input:
      """json
      {
        "version": "0",
        "source": "aws.s3",
        "detail-type": "Object Created",
        "detail": {
          "bucket": { "name": "retail-uploads-prod" },
          "object": { "key": "uploads/20250122_143022_data.json", "size": 48213 }
        }
      }
      """

  @happy
  Scenario: An uploaded file is logged and processed
    Given the task "ProcessUpload" returns {"Payload": {"recordsProcessed": 1250, "outputKey": "processed/20250122_143022_data.ndjson"}}
    When the execution runs
    Then the execution succeeds
    And the path is "LogInput -> ProcessUpload"
    And the output contains:
      """json
      {
        "logging": { "bucket": "retail-uploads-prod", "key": "uploads/20250122_143022_data.json" },
        "result": { "recordsProcessed": 1250, "outputKey": "processed/20250122_143022_data.ndjson" }
      }
      """
    And the task "ProcessUpload" was called with:
      """json
      {
        "FunctionName": "process_upload",
        "Payload": {
          "detail": { "bucket": { "name": "retail-uploads-prod" }, "object": { "key": "uploads/20250122_143022_data.json" } },
          "logging": { "key": "uploads/20250122_143022_data.json" }
        }
      }
      """
    And the history matches its snapshot

  @retry
  Scenario: A throttled ETL function is retried after 2 and 4 seconds
    Given the task "ProcessUpload" fails 2 times with "Lambda.TooManyRequestsException" and then returns:
      """json
      { "Payload": { "recordsProcessed": 1250, "outputKey": "processed/20250122_143022_data.ndjson" } }
      """
    When the execution runs
    Then the execution succeeds
    And the state "ProcessUpload" was retried after "2, 4" seconds
    And the execution took 6 seconds of virtual time

  @retry @failure
  Scenario: A malformed file is retried 3 times, after 2, 4 and 8 seconds, before the execution fails
    # States.ALL also retries errors that cannot heal: the same bad file fails four times.
    Given the task "ProcessUpload" fails with "JSONDecodeError" and cause "Expecting ',' delimiter: line 12 column 5 (char 311)"
    When the execution runs
    Then the execution fails with error "JSONDecodeError" and cause "Expecting ',' delimiter: line 12 column 5 (char 311)"
    And the state "ProcessUpload" ran 1 time
    And the state "ProcessUpload" was retried 3 times
    And the state "ProcessUpload" was retried after "2, 4, 8" seconds
    And the execution took 14 seconds of virtual time
    And the history matches its snapshot

  @retry @failure
  Scenario: An ETL run that hangs times out after 5 minutes, on every attempt
    # States.ALL matches States.Timeout too, so each of the four attempts gets its 300 seconds.
    Given the task "ProcessUpload" times out
    When the execution runs
    Then the execution fails with error "States.Timeout"
    And the state "ProcessUpload" was retried after "2, 4, 8" seconds
    And the execution took 1214 seconds of virtual time

  @failure @jsonpath-only
  Scenario: An event without an object key fails in LogInput, before the ETL function is called
    Given the input:
      """json
      { "detail": { "bucket": { "name": "retail-uploads-prod" } } }
      """
    When the execution runs
    Then the execution fails with error "States.Runtime"
    And the cause contains "The JSONPath '$.detail.object.key' specified for the field 'key.$' could not be found in the input"
    And the path is "LogInput"
    And the state "ProcessUpload" ran 0 times

  @failure @jsonpath-only
  Scenario: An ETL answer without the record count fails at once: States.Runtime is never retried
    # ResultSelector reads $.Payload.recordsProcessed; a function that answers without it fails the
    # state with States.Runtime, which no Retry matches, not even States.ALL.
    Given the task "ProcessUpload" returns {"Payload": {"status": "SKIPPED", "reason": "empty file"}}
    When the execution runs
    Then the execution fails with error "States.Runtime"
    And the cause contains "The JSONPath '$.Payload.recordsProcessed' specified for the field 'recordsProcessed.$' could not be found in the input"
    And the path is "LogInput -> ProcessUpload"
    And the state "ProcessUpload" was retried 0 times

  @failure
  Scenario: An ETL answer too large for the payload quota fails at once: States.DataLimitExceeded is never retried
    # The output carries the answer's output key: over AWS's 256 KiB quota it is a
    # States.DataLimitExceeded error, which no Retry matches, not even States.ALL.
    Given the task "ProcessUpload" returns {"Payload": {"recordsProcessed": 1250}} with "Payload.outputKey" filled to 300 KiB
    When the execution runs
    Then the execution fails with error "States.DataLimitExceeded"
    And the path is "LogInput -> ProcessUpload"
    And the state "ProcessUpload" was retried 0 times

  @failure @jsonata-only
  Scenario: In JSONata, an event without an object key fails in LogInput, before the ETL function is called
    # An Assign field whose expression gives nothing (undefined) is a States.QueryEvaluationError.
    Given the input:
      """json
      { "detail": { "bucket": { "name": "retail-uploads-prod" } } }
      """
    When the execution runs
    Then the execution fails with error "States.QueryEvaluationError"
    And the cause contains "The JSONata expression '$states.input.detail.object.key' specified for the field 'Assign/logging/key' returned nothing (undefined)"
    And the path is "LogInput"
    And the state "ProcessUpload" ran 0 times

  @jsonata-only
  Scenario: In JSONata, an ETL answer without the record count leaves it out of the result
    # Inside a JSONata object constructor, a field whose value is undefined is left out rather than
    # failing the state, so the twin succeeds where the JSONPath ResultSelector fails.
    Given the task "ProcessUpload" returns {"Payload": {"outputKey": "processed/20250122_143022_data.ndjson", "status": "SKIPPED"}}
    When the execution runs
    Then the execution succeeds
    And the path is "LogInput -> ProcessUpload"
    # The execution id and start time in "logging" differ on another endpoint; the subject here is "result".
    And the output contains:
      """json
      {
        "detail-type": "Object Created",
        "logging": { "bucket": "retail-uploads-prod", "key": "uploads/20250122_143022_data.json" }
      }
      """
    And the output at "result" is:
      """json
      { "outputKey": "processed/20250122_143022_data.ndjson" }
      """
