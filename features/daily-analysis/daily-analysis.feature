@daily-analysis @jsonata-twin
Feature: Daily analysis
  Every day the stores' summaries for a date are aggregated into company and product metrics,
  analysed with Amazon Bedrock (anomalies and trends in parallel, then recommendations), combined
  into insights, and published as the daily report (SNS) and a QuickSight export. A Bedrock call
  that fails, after its retries, leaves its part of the analysis empty: the run continues with the
  data available and an alert says what is missing. No data for the date, or a failure of any other
  step, alerts the operators and fails the execution.

  The definition is deployed with Terraform's templatefile(); the scenarios fill its placeholders
  with the ARNs of one environment.

  Every scenario also runs against the JSONata twin (definitions/daily-analysis-jsonata.asl.json),
  with the same states, retries, catches and data. Where JSONPath and JSONata fail differently, the
  scenarios tagged @jsonpath-only and @jsonata-only say what each does.

  Background:
    Given the state machine "daily-analysis" with the values:
      | name                                | value                                                                 |
      | get_store_summaries_lambda_arn      | arn:aws:lambda:eu-west-1:123456789012:function:get-store-summaries      |
      | calc_company_metrics_lambda_arn     | arn:aws:lambda:eu-west-1:123456789012:function:calc-company-metrics     |
      | calc_product_metrics_lambda_arn     | arn:aws:lambda:eu-west-1:123456789012:function:calc-product-metrics     |
      | detect_anomalies_lambda_arn         | arn:aws:lambda:eu-west-1:123456789012:function:detect-anomalies         |
      | analyze_trends_lambda_arn           | arn:aws:lambda:eu-west-1:123456789012:function:analyze-trends           |
      | generate_recommendations_lambda_arn | arn:aws:lambda:eu-west-1:123456789012:function:generate-recommendations |
      | combine_insights_lambda_arn         | arn:aws:lambda:eu-west-1:123456789012:function:combine-insights         |
      | generate_report_lambda_arn          | arn:aws:lambda:eu-west-1:123456789012:function:generate-report          |
      | export_to_quicksight_lambda_arn     | arn:aws:lambda:eu-west-1:123456789012:function:export-to-quicksight     |
      | sns_alerts_topic_arn                | arn:aws:sns:eu-west-1:123456789012:retail-alerts                        |
      | sns_daily_report_topic_arn          | arn:aws:sns:eu-west-1:123456789012:retail-daily-report                  |
    And the input:
      """json
      { "date": "2025-01-15" }
      """
    And the tasks return:
      | state                   | result                                                                                                         |
      | GetStoreSummaries       | {"Payload": {"stores": [{"storeId": "S-001", "revenue": 12500.5, "orders": 310}, {"storeId": "S-002", "revenue": 9800, "orders": 240}]}} |
      | CalcCompanyMetrics      | {"Payload": {"totalRevenue": 22300.5, "totalOrders": 550, "averageOrderValue": 40.55}}                        |
      | CalcProductMetrics      | {"Payload": {"topSellers": ["SKU-123", "SKU-456"]}}                                                            |
      | DetectAnomalies         | {"Payload": {"anomalies": [{"storeId": "S-002", "metric": "revenue", "deviation": -0.32}]}}                   |
      | AnalyzeTrends           | {"Payload": {"trends": ["Weekend revenue up 8% week on week"]}}                                               |
      | GenerateRecommendations | {"Payload": {"recommendations": ["Restock SKU-123 at S-001 before Friday"]}}                                  |
      | CombineInsights         | {"Payload": {"summary": "Revenue 22300.50 across 2 stores; S-002 is 32% below its usual revenue"}}            |
      | GenerateReport          | {"Payload": {"subject": "Daily report 2025-01-15", "body": "Revenue 22300.50, 550 orders."}}                  |
      | SendDailyReport         | {"MessageId": "report-msg-1"}                                                                                  |
      | ExportToQuickSight      | {"Payload": {"files": ["s3://retail-analytics/quicksight/2025-01-15/company.ndjson"]}}                        |
      | NoDataAvailable         | {"MessageId": "alert-msg-1"}                                                                                   |
      | SendBedrockErrorAlert   | {"MessageId": "alert-msg-2"}                                                                                   |
      | SendFailureAlert        | {"MessageId": "alert-msg-3"}                                                                                   |

  @happy
  Scenario: A day with data is analysed, reported and exported
    When the execution runs
    Then the execution succeeds
    And the path is "GetStoreSummaries -> CheckStoreSummaries -> CalcCompanyMetrics -> CalcProductMetrics -> BedrockAnalysis -> DetectAnomalies -> AnalyzeTrends -> GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> Success"
    And the state "SendBedrockErrorAlert" ran 0 times
    And the output contains:
      """json
      {
        "summaries": { "storeCount": 2 },
        "analysis": {
          "anomalies": { "status": "OK", "anomalies": [{ "storeId": "S-002", "metric": "revenue", "deviation": -0.32 }] },
          "trends": { "status": "OK", "trends": ["Weekend revenue up 8% week on week"] }
        },
        "recommendations": { "status": "OK", "recommendations": ["Restock SKU-123 at S-001 before Friday"] },
        "delivery": { "messageId": "report-msg-1" },
        "export": { "files": ["s3://retail-analytics/quicksight/2025-01-15/company.ndjson"] }
      }
      """
    And the task "GetStoreSummaries" was called with:
      """json
      { "FunctionName": "arn:aws:lambda:eu-west-1:123456789012:function:get-store-summaries", "Payload": { "date": "2025-01-15" } }
      """
    And the task "SendDailyReport" was called with:
      """json
      {
        "TopicArn": "arn:aws:sns:eu-west-1:123456789012:retail-daily-report",
        "Subject": "Daily report 2025-01-15",
        "Message": "Revenue 22300.50, 550 orders."
      }
      """
    And the history matches its snapshot

  @failure
  Scenario: A date without store data alerts the operators and fails
    Given the task "GetStoreSummaries" returns {"Payload": {"stores": []}}
    When the execution runs
    Then the execution fails with error "NoDataAvailable" and cause "No store summaries for 2025-01-15"
    And the path is "GetStoreSummaries -> CheckStoreSummaries -> NoDataAvailable -> FailNoData"
    And the task "NoDataAvailable" was called with:
      """json
      {
        "TopicArn": "arn:aws:sns:eu-west-1:123456789012:retail-alerts",
        "Subject": "Daily analysis 2025-01-15: no store data"
      }
      """
    And the history matches its snapshot

  @retry @compensation @failure
  Scenario: A no-data alert that cannot be published still fails the execution as no data
    Given the task "GetStoreSummaries" returns {"Payload": {"stores": []}}
    And the task "NoDataAvailable" fails with "SNS.AuthorizationErrorException" and cause "not authorized to publish to retail-alerts"
    When the execution runs
    Then the execution fails with error "NoDataAvailable"
    And the state "NoDataAvailable" was retried after "2, 4, 8" seconds
    And the path is "GetStoreSummaries -> CheckStoreSummaries -> NoDataAvailable -> FailNoData"

  @compensation
  Scenario: Anomaly detection fails: the report goes out with the trends and recommendations, and an alert says so
    Given the task "DetectAnomalies" fails with "ValidationException" and cause "Input is too long for requested model"
    When the execution runs
    Then the execution succeeds
    And the path is "GetStoreSummaries -> CheckStoreSummaries -> CalcCompanyMetrics -> CalcProductMetrics -> BedrockAnalysis -> DetectAnomalies -> AnomaliesUnavailable -> AnalyzeTrends -> GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> Success"
    And the output contains:
      """json
      {
        "analysis": {
          "anomalies": { "status": "FAILED", "anomalies": [], "error": { "Error": "ValidationException", "Cause": "Input is too long for requested model" } },
          "trends": { "status": "OK" }
        },
        "recommendations": { "status": "OK" },
        "delivery": { "messageId": "report-msg-1" }
      }
      """
    And the task "GenerateRecommendations" was called with:
      """json
      { "Payload": { "anomalies": [], "trends": ["Weekend revenue up 8% week on week"] } }
      """
    And the task "SendBedrockErrorAlert" was called with:
      """json
      {
        "TopicArn": "arn:aws:sns:eu-west-1:123456789012:retail-alerts",
        "Message": "Anomalies: FAILED, trends: OK, recommendations: OK. The report was sent with the data available."
      }
      """
    And the history matches its snapshot

  @compensation
  Scenario Outline: <state> fails: the run continues with the data available and alerts
    Given the task "<state>" fails with "ValidationException" and cause "Malformed input request"
    When the execution runs
    Then the execution succeeds
    And the path contains "<fallback>"
    And the path contains "SendBedrockErrorAlert"
    And the path contains "SendDailyReport"
    And the task "SendBedrockErrorAlert" was called with:
      """json
      { "Message": "<message>" }
      """

    Examples:
      | state                   | fallback                   | message                                                                                          |
      | AnalyzeTrends           | TrendsUnavailable          | Anomalies: OK, trends: FAILED, recommendations: OK. The report was sent with the data available. |
      | GenerateRecommendations | RecommendationsUnavailable | Anomalies: OK, trends: OK, recommendations: FAILED. The report was sent with the data available. |

  @compensation
  Scenario: Every Bedrock call fails: the report still goes out with the metrics alone
    Given the task "DetectAnomalies" fails with "AccessDeniedException"
    And the task "AnalyzeTrends" fails with "AccessDeniedException"
    And the task "GenerateRecommendations" fails with "AccessDeniedException"
    When the execution runs
    Then the execution succeeds
    And the path contains "AnomaliesUnavailable"
    And the path contains "TrendsUnavailable"
    And the path contains "RecommendationsUnavailable"
    And the task "CombineInsights" was called with:
      """json
      {
        "Payload": {
          "anomalies": { "status": "FAILED", "anomalies": [] },
          "trends": { "status": "FAILED", "trends": [] },
          "recommendations": { "status": "FAILED", "recommendations": [] }
        }
      }
      """
    And the task "SendBedrockErrorAlert" was called with:
      """json
      { "Message": "Anomalies: FAILED, trends: FAILED, recommendations: FAILED. The report was sent with the data available." }
      """

  @compensation
  Scenario: A Bedrock call that hangs times out after 120 seconds and the run continues without it
    Given the task "AnalyzeTrends" times out
    When the execution runs
    Then the execution succeeds
    And the path contains "TrendsUnavailable"
    And the state "AnalyzeTrends" took 120 seconds of virtual time
    And the execution took 120 seconds of virtual time
    And the output contains:
      """json
      { "analysis": { "trends": { "status": "FAILED", "error": { "Error": "States.Timeout" } } } }
      """

  @retry @compensation
  Scenario: A Bedrock alert that cannot be published does not hold back the report
    Given the task "DetectAnomalies" fails with "ValidationException"
    And the task "SendBedrockErrorAlert" fails with "SNS.InternalErrorException"
    When the execution runs
    Then the execution succeeds
    And the state "SendBedrockErrorAlert" was retried after "2, 4, 8" seconds
    And the path contains "GenerateReport"
    And the output contains:
      """json
      { "alertError": { "Error": "SNS.InternalErrorException" }, "delivery": { "messageId": "report-msg-1" } }
      """

  @retry
  Scenario Outline: Bedrock throttling in <state> is retried after 5 and 10 seconds
    Given the task "<state>" fails 2 times with "ThrottlingException" and then returns:
      """json
      <result>
      """
    When the execution runs
    Then the execution succeeds
    And the state "<state>" was retried after "5, 10" seconds
    And the state "SendBedrockErrorAlert" ran 0 times

    Examples:
      | state                   | result                                                      |
      | DetectAnomalies         | {"Payload": {"anomalies": []}}                              |
      | AnalyzeTrends           | {"Payload": {"trends": ["Flat week"]}}                      |
      | GenerateRecommendations | {"Payload": {"recommendations": ["Keep current stock"]}}    |

  @retry @compensation
  Scenario Outline: Throttling that outlasts its 5 retries leaves the <part> out
    Given the task "<state>" fails with "ThrottlingException" and cause "Too many requests, please wait before trying again."
    When the execution runs
    Then the execution succeeds
    And the state "<state>" was retried after "5, 10, 20, 40, 80" seconds
    And the path contains "<fallback>"
    And the path contains "SendBedrockErrorAlert"
    And the execution took 155 seconds of virtual time

    Examples:
      | part      | state           | fallback             |
      | anomalies | DetectAnomalies | AnomaliesUnavailable |
      | trends    | AnalyzeTrends   | TrendsUnavailable    |

  @retry
  Scenario Outline: A transient Lambda error in <state> is retried after 2 and 4 seconds
    Given the task "<state>" fails 2 times with "<error>" and then returns:
      """json
      <result>
      """
    When the execution runs
    Then the execution succeeds
    And the state "<state>" was retried after "2, 4" seconds
    And the path contains "Success"

    Examples:
      | state                   | error                           | result                                                                                 |
      | GetStoreSummaries       | Lambda.ServiceException         | {"Payload": {"stores": [{"storeId": "S-001", "revenue": 100, "orders": 4}]}}           |
      | CalcCompanyMetrics      | Lambda.TooManyRequestsException | {"Payload": {"totalRevenue": 100, "totalOrders": 4, "averageOrderValue": 25}}          |
      | CalcProductMetrics      | Lambda.AWSLambdaException       | {"Payload": {"topSellers": []}}                                                        |
      | DetectAnomalies         | Lambda.ServiceException         | {"Payload": {"anomalies": []}}                                                         |
      | AnalyzeTrends           | Lambda.SdkClientException       | {"Payload": {"trends": []}}                                                            |
      | GenerateRecommendations | Lambda.TooManyRequestsException | {"Payload": {"recommendations": []}}                                                   |
      | CombineInsights         | Lambda.ServiceException         | {"Payload": {"summary": "Quiet day"}}                                                  |
      | GenerateReport          | Lambda.SdkClientException       | {"Payload": {"subject": "Daily report 2025-01-15", "body": "Quiet day"}}               |
      | ExportToQuickSight      | Lambda.AWSLambdaException       | {"Payload": {"files": []}}                                                             |

  @compensation @failure
  Scenario: A failure outside Bedrock alerts the operators and fails the execution
    Given the task "CalcCompanyMetrics" fails with "KeyError" and cause "'revenue'"
    When the execution runs
    Then the execution fails with error "DailyAnalysisFailed" and cause "The daily analysis for 2025-01-15 failed with KeyError"
    And the path is "GetStoreSummaries -> CheckStoreSummaries -> CalcCompanyMetrics -> SendFailureAlert -> AnalysisFailed"
    And the task "SendFailureAlert" was called with:
      """json
      {
        "TopicArn": "arn:aws:sns:eu-west-1:123456789012:retail-alerts",
        "Subject": "Daily analysis 2025-01-15 FAILED",
        "Message": "The daily analysis for 2025-01-15 failed: {\"Error\":\"KeyError\",\"Cause\":\"'revenue'\"}"
      }
      """
    And the history matches its snapshot

  @compensation @failure
  Scenario Outline: A failure in <state> alerts the operators and fails the execution
    Given the task "<state>" fails with "<error>"
    When the execution runs
    Then the execution fails with error "DailyAnalysisFailed" and cause "The daily analysis for 2025-01-15 failed with <error>"
    And the path contains "SendFailureAlert"
    And the state "<state>" was retried <retries> times

    Examples: Lambda tasks (only Lambda service errors are retried)
      | state              | error                            | retries |
      | GetStoreSummaries  | DynamoDBError                    | 0       |
      | CalcProductMetrics | ZeroDivisionError                | 0       |
      | CombineInsights    | Sandbox.Timedout                 | 0       |
      | GenerateReport     | Lambda.ResourceNotFoundException | 0       |
      | ExportToQuickSight | S3.AccessDenied                  | 0       |

    @retry
    Examples: the report's SNS publish (every task error is retried 3 times)
      | state              | error                            | retries |
      | SendDailyReport    | SNS.InvalidParameterException    | 3       |

  @retry @compensation @failure
  Scenario: A failure alert that cannot be published still fails the execution
    Given the task "ExportToQuickSight" fails with "S3.AccessDenied"
    And the task "SendFailureAlert" fails 1 time with "SNS.InternalErrorException" and then returns:
      """json
      { "MessageId": "alert-msg-4" }
      """
    When the execution runs
    Then the execution fails with error "DailyAnalysisFailed"
    And the state "SendFailureAlert" was retried after "2" seconds

  @retry @compensation @failure
  Scenario: The execution fails as the analysis even when the failure alert is lost
    Given the task "GenerateReport" fails with "ValueError"
    And the task "SendFailureAlert" fails with "SNS.AuthorizationErrorException"
    When the execution runs
    Then the execution fails with error "DailyAnalysisFailed" and cause "The daily analysis for 2025-01-15 failed with ValueError"
    And the state "SendFailureAlert" was retried 3 times
    And the path contains "AnalysisFailed"

  @failure
  Scenario: A run that outlasts the one-hour execution timeout ends TIMED_OUT
    # The definition's top-level TimeoutSeconds (3600) bounds the whole run, whatever the states do;
    # no Catch applies to it and no alert is sent.
    Given the task "CombineInsights" takes 3700 seconds and then returns:
      """json
      { "Payload": { "summary": "too late" } }
      """
    When the execution runs
    Then the status is TIMED_OUT
    And the execution took 3600 seconds of virtual time
    And the state "SendFailureAlert" ran 0 times

  # Every route through the top level. Each task of a row fails as many times as its column says,
  # then answers as in the Background: 1 is enough for the Lambda and Bedrock tasks, whose Retry
  # only covers Lambda service errors and throttling; the SNS tasks (Bedrock alert, delivery,
  # failure alert) retry any task error 3 times, so 4 failures lose them. "summaries throttled"
  # makes the run take GetStoreSummaries's retry first.

  @retry @compensation @failure
  Scenario Outline: After a throttled summaries read, a failure in <state> alerts the operators (alert <alert>) and fails the execution
    Given the task "<state>" fails with "<error>"
    And the task "SendFailureAlert" fails <alert failures> times with "SNS.AuthorizationErrorException"
    And the task "GetStoreSummaries" fails 1 time with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "DailyAnalysisFailed" and cause "The daily analysis for 2025-01-15 failed with <error>"
    And the path is "<path>"
    And the state "GetStoreSummaries" was retried after "2" seconds
    And the state "SendFailureAlert" was retried <alert retries> times

    Examples:
      | state              | error             | alert | alert failures | alert retries | path                                                                                                                       |
      | GetStoreSummaries  | DynamoDBError     | sent  | 0              | 0             | GetStoreSummaries -> SendFailureAlert -> AnalysisFailed                                                                    |
      | GetStoreSummaries  | DynamoDBError     | lost  | 4              | 3             | GetStoreSummaries -> SendFailureAlert -> AnalysisFailed                                                                    |
      | CalcCompanyMetrics | KeyError          | sent  | 0              | 0             | GetStoreSummaries -> CheckStoreSummaries -> CalcCompanyMetrics -> SendFailureAlert -> AnalysisFailed                       |
      | CalcCompanyMetrics | KeyError          | lost  | 4              | 3             | GetStoreSummaries -> CheckStoreSummaries -> CalcCompanyMetrics -> SendFailureAlert -> AnalysisFailed                       |
      | CalcProductMetrics | ZeroDivisionError | sent  | 0              | 0             | GetStoreSummaries -> CheckStoreSummaries -> CalcCompanyMetrics -> CalcProductMetrics -> SendFailureAlert -> AnalysisFailed |
      | CalcProductMetrics | ZeroDivisionError | lost  | 4              | 3             | GetStoreSummaries -> CheckStoreSummaries -> CalcCompanyMetrics -> CalcProductMetrics -> SendFailureAlert -> AnalysisFailed |

  @retry @failure
  Scenario: A date without store data after a throttled summaries read still fails as no data
    Given the task "GetStoreSummaries" returns {"Payload": {"stores": []}}
    And the task "GetStoreSummaries" fails 1 time with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "NoDataAvailable" and cause "No store summaries for 2025-01-15"
    And the path is "GetStoreSummaries -> CheckStoreSummaries -> NoDataAvailable -> FailNoData"
    And the state "NoDataAvailable" was retried 0 times

  @failure @jsonpath-only
  Scenario Outline: A Bedrock answer without its anomalies fails the whole analysis, not just its branch (<check>)
    # DetectAnomalies's ResultSelector reads $.Payload.anomalies: an answer without it is a
    # States.Runtime error, which the branch's States.ALL catcher does not catch. The branch fails,
    # so BedrockAnalysis fails, and it has no Catch: no report, no alert, the execution fails.
    Given the task "DetectAnomalies" returns {"Payload": {"status": "THROTTLED_BY_MODEL"}}
    And the task "GetStoreSummaries" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "States.Runtime"
    And the cause contains "The JSONPath '$.Payload.anomalies' specified for the field 'anomalies.$' could not be found in the input"
    And the path does not contain "GenerateRecommendations"
    And the state "SendFailureAlert" ran 0 times

    Examples:
      | retries | check                     |
      | 0       | summaries read at once    |

    @retry
    Examples:
      | retries | check                     |
      | 1       | summaries throttled once  |

  @failure
  Scenario Outline: A Bedrock answer too large for the payload quota fails the whole analysis, not just its branch (<check>)
    # The anomalies branch's output carries the answer's anomalies: over AWS's 256 KiB quota it is a
    # States.DataLimitExceeded error, which States.ALL matches in neither Retry nor Catch. The branch
    # fails, so BedrockAnalysis fails, and it has no Catch: no report, no alert, the execution fails.
    Given the task "DetectAnomalies" returns {"Payload": {}} with "Payload.anomalies" filled to 300 KiB
    And the task "GetStoreSummaries" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "States.DataLimitExceeded"
    And the path does not contain "GenerateRecommendations"
    And the state "DetectAnomalies" was retried 0 times
    And the state "SendFailureAlert" ran 0 times

    Examples:
      | retries | check                     |
      | 0       | summaries read at once    |

    @retry
    Examples:
      | retries | check                     |
      | 1       | summaries throttled once  |

  @compensation @jsonata-only
  Scenario Outline: In JSONata, a Bedrock answer without its anomalies is caught in its branch and the report still goes out (<check>)
    # DetectAnomalies's Output reads $states.result.Payload.anomalies: an answer without it is a
    # States.QueryEvaluationError, which (unlike JSONPath's States.Runtime) the branch's States.ALL
    # catcher catches. The anomalies are left out of the report and the Bedrock alert says so.
    Given the task "DetectAnomalies" returns {"Payload": {"status": "THROTTLED_BY_MODEL"}}
    And the task "GetStoreSummaries" fails <retries> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution succeeds
    And the path ends with "BedrockAnalysis -> DetectAnomalies -> AnomaliesUnavailable -> AnalyzeTrends -> GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> Success"
    And the state "DetectAnomalies" was retried 0 times
    And the output contains:
      """json
      { "analysis": { "anomalies": { "status": "FAILED", "anomalies": [], "error": { "Error": "States.QueryEvaluationError" } } } }
      """

    Examples:
      | retries | check                     |
      | 0       | summaries read at once    |

    @retry
    Examples:
      | retries | check                     |
      | 1       | summaries throttled once  |

  @retry @compensation
  Scenario Outline: The report still goes out: <case>
    Given the task "DetectAnomalies" fails <anomalies> times with "ValidationException"
    And the task "GenerateRecommendations" fails <recommendations> times with "ValidationException"
    And the task "SendBedrockErrorAlert" fails <bedrock alert> times with "SNS.InternalErrorException"
    And the task "GetStoreSummaries" fails <summaries throttled> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution succeeds
    And the path ends with "<ending>"

    Examples:
      | anomalies | recommendations | bedrock alert | summaries throttled | case                                                                 | ending                                                                                                                                                                                           |
      | 1         | 0               | 0             | 1                   | anomalies failed, summaries throttled once                           | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> Success                               |
      | 0         | 1               | 0             | 1                   | recommendations failed, summaries throttled once                     | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> Success |
      | 0         | 1               | 4             | 1                   | recommendations failed, Bedrock alert lost, summaries throttled once | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> Success |

  @compensation @failure
  Scenario Outline: After the analysis, <case>, alerts and fails the execution
    Given the task "DetectAnomalies" fails <anomalies> times with "ValidationException"
    And the task "GenerateRecommendations" fails <recommendations> times with "ValidationException"
    And the task "CombineInsights" fails <combine> times with "Sandbox.Timedout"
    And the task "SendBedrockErrorAlert" fails <bedrock alert> times with "SNS.InternalErrorException"
    And the task "GenerateReport" fails <report> times with "ValueError"
    And the task "SendDailyReport" fails <delivery> times with "SNS.InvalidParameterException"
    And the task "ExportToQuickSight" fails <export> times with "S3.AccessDenied"
    And the task "SendFailureAlert" fails <failure alert> times with "SNS.AuthorizationErrorException"
    And the task "GetStoreSummaries" fails <summaries throttled> times with "Lambda.ServiceException"
    When the execution runs
    Then the execution fails with error "DailyAnalysisFailed" and cause "The daily analysis for 2025-01-15 failed with <error>"
    And the path ends with "<ending>"

    Examples: nothing retried
      | anomalies | recommendations | combine | bedrock alert | report | delivery | export | failure alert | summaries throttled | error            | case                                         | ending                                                                                                                                                                                                                      |
      | 0         | 1               | 1       | 0             | 0      | 0        | 0      | 0             | 0                   | Sandbox.Timedout | Sandbox.Timedout with recommendations failed | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> SendFailureAlert -> AnalysisFailed                                                                                                              |
      | 1         | 0               | 0       | 0             | 1      | 0        | 0      | 0             | 0                   | ValueError       | ValueError with anomalies failed             | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                                                        |
      | 0         | 1               | 0       | 0             | 1      | 0        | 0      | 0             | 0                   | ValueError       | ValueError with recommendations failed       | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                          |
      | 1         | 0               | 0       | 0             | 0      | 0        | 1      | 0             | 0                   | S3.AccessDenied  | S3.AccessDenied with anomalies failed        | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed                               |
      | 0         | 1               | 0       | 0             | 0      | 0        | 1      | 0             | 0                   | S3.AccessDenied  | S3.AccessDenied with recommendations failed  | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed |

    @retry
    Examples: with retries
      | anomalies | recommendations | combine | bedrock alert | report | delivery | export | failure alert | summaries throttled | error                         | case                                                                                                                        | ending                                                                                                                                                                                                                      |
      | 0         | 0               | 1       | 0             | 0      | 0        | 0      | 0             | 1                   | Sandbox.Timedout              | Sandbox.Timedout with summaries throttled once                                                                              | GenerateRecommendations -> CombineInsights -> SendFailureAlert -> AnalysisFailed                                                                                                                                            |
      | 0         | 0               | 1       | 0             | 0      | 0        | 0      | 4             | 1                   | Sandbox.Timedout              | Sandbox.Timedout with failure alert lost, summaries throttled once                                                          | GenerateRecommendations -> CombineInsights -> SendFailureAlert -> AnalysisFailed                                                                                                                                            |
      | 0         | 1               | 1       | 0             | 0      | 0        | 0      | 0             | 1                   | Sandbox.Timedout              | Sandbox.Timedout with recommendations failed, summaries throttled once                                                      | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> SendFailureAlert -> AnalysisFailed                                                                                                              |
      | 0         | 1               | 1       | 0             | 0      | 0        | 0      | 4             | 1                   | Sandbox.Timedout              | Sandbox.Timedout with recommendations failed, failure alert lost, summaries throttled once                                  | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> SendFailureAlert -> AnalysisFailed                                                                                                              |
      | 0         | 0               | 0       | 0             | 1      | 0        | 0      | 0             | 1                   | ValueError                    | ValueError with summaries throttled once                                                                                    | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                                                                                 |
      | 1         | 0               | 0       | 0             | 1      | 0        | 0      | 0             | 1                   | ValueError                    | ValueError with anomalies failed, summaries throttled once                                                                  | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                                                        |
      | 1         | 0               | 0       | 0             | 1      | 0        | 0      | 4             | 1                   | ValueError                    | ValueError with anomalies failed, failure alert lost, summaries throttled once                                              | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                                                        |
      | 1         | 0               | 0       | 4             | 1      | 0        | 0      | 0             | 1                   | ValueError                    | ValueError with anomalies failed, Bedrock alert lost, summaries throttled once                                              | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                                                        |
      | 1         | 0               | 0       | 4             | 1      | 0        | 0      | 4             | 1                   | ValueError                    | ValueError with anomalies failed, Bedrock alert lost, failure alert lost, summaries throttled once                          | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                                                        |
      | 0         | 0               | 0       | 0             | 0      | 4        | 0      | 4             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with failure alert lost, summaries throttled once                                             | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                                                                              |
      | 0         | 1               | 0       | 0             | 1      | 0        | 0      | 0             | 1                   | ValueError                    | ValueError with recommendations failed, summaries throttled once                                                            | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                          |
      | 0         | 1               | 0       | 0             | 1      | 0        | 0      | 4             | 1                   | ValueError                    | ValueError with recommendations failed, failure alert lost, summaries throttled once                                        | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                          |
      | 0         | 1               | 0       | 4             | 1      | 0        | 0      | 0             | 1                   | ValueError                    | ValueError with recommendations failed, Bedrock alert lost, summaries throttled once                                        | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                          |
      | 0         | 1               | 0       | 4             | 1      | 0        | 0      | 4             | 1                   | ValueError                    | ValueError with recommendations failed, Bedrock alert lost, failure alert lost, summaries throttled once                    | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendFailureAlert -> AnalysisFailed                                          |
      | 1         | 0               | 0       | 0             | 0      | 4        | 0      | 0             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with anomalies failed, summaries throttled once                                               | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                                                     |
      | 1         | 0               | 0       | 0             | 0      | 4        | 0      | 4             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with anomalies failed, failure alert lost, summaries throttled once                           | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                                                     |
      | 1         | 0               | 0       | 4             | 0      | 4        | 0      | 0             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with anomalies failed, Bedrock alert lost, summaries throttled once                           | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                                                     |
      | 1         | 0               | 0       | 4             | 0      | 4        | 0      | 4             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with anomalies failed, Bedrock alert lost, failure alert lost, summaries throttled once       | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                                                     |
      | 0         | 0               | 0       | 0             | 0      | 0        | 1      | 4             | 1                   | S3.AccessDenied               | S3.AccessDenied with failure alert lost, summaries throttled once                                                           | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed                                                        |
      | 0         | 1               | 0       | 0             | 0      | 4        | 0      | 0             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with recommendations failed, summaries throttled once                                         | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                       |
      | 0         | 1               | 0       | 0             | 0      | 4        | 0      | 4             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with recommendations failed, failure alert lost, summaries throttled once                     | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                       |
      | 0         | 1               | 0       | 4             | 0      | 4        | 0      | 0             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with recommendations failed, Bedrock alert lost, summaries throttled once                     | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                       |
      | 0         | 1               | 0       | 4             | 0      | 4        | 0      | 4             | 1                   | SNS.InvalidParameterException | SNS.InvalidParameterException with recommendations failed, Bedrock alert lost, failure alert lost, summaries throttled once | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> SendFailureAlert -> AnalysisFailed                       |
      | 1         | 0               | 0       | 0             | 0      | 0        | 1      | 0             | 1                   | S3.AccessDenied               | S3.AccessDenied with anomalies failed, summaries throttled once                                                             | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed                               |
      | 1         | 0               | 0       | 0             | 0      | 0        | 1      | 4             | 1                   | S3.AccessDenied               | S3.AccessDenied with anomalies failed, failure alert lost, summaries throttled once                                         | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed                               |
      | 1         | 0               | 0       | 4             | 0      | 0        | 1      | 0             | 1                   | S3.AccessDenied               | S3.AccessDenied with anomalies failed, Bedrock alert lost, summaries throttled once                                         | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed                               |
      | 1         | 0               | 0       | 4             | 0      | 0        | 1      | 4             | 1                   | S3.AccessDenied               | S3.AccessDenied with anomalies failed, Bedrock alert lost, failure alert lost, summaries throttled once                     | GenerateRecommendations -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed                               |
      | 0         | 1               | 0       | 0             | 0      | 0        | 1      | 0             | 1                   | S3.AccessDenied               | S3.AccessDenied with recommendations failed, summaries throttled once                                                       | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed |
      | 0         | 1               | 0       | 0             | 0      | 0        | 1      | 4             | 1                   | S3.AccessDenied               | S3.AccessDenied with recommendations failed, failure alert lost, summaries throttled once                                   | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed |
      | 0         | 1               | 0       | 4             | 0      | 0        | 1      | 0             | 1                   | S3.AccessDenied               | S3.AccessDenied with recommendations failed, Bedrock alert lost, summaries throttled once                                   | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed |
      | 0         | 1               | 0       | 4             | 0      | 0        | 1      | 4             | 1                   | S3.AccessDenied               | S3.AccessDenied with recommendations failed, Bedrock alert lost, failure alert lost, summaries throttled once               | GenerateRecommendations -> RecommendationsUnavailable -> CombineInsights -> CheckForBedrockErrors -> SendBedrockErrorAlert -> GenerateReport -> SendDailyReport -> ExportToQuickSight -> SendFailureAlert -> AnalysisFailed |
