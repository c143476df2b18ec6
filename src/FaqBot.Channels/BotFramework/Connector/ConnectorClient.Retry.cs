using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>Retry policy and log lines of <see cref="ConnectorClient"/>.</summary>
public sealed partial class ConnectorClient
{
    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _timeProvider }.AddTimeout(_options.TotalTimeout);
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.BaseDelay,
                MaxDelay = _options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
                OnRetry = args =>
                {
                    var status = args.Outcome.Result is { } result ? (int)result.StatusCode : 0;
                    LogRetry(status, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        return builder.AddTimeout(_options.AttemptTimeout).Build();
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        if (!IsTransient(response.StatusCode))
        {
            return false;
        }

        // A Retry-After beyond the budget means the reply would miss Teams' 15 s anyway: give up now.
        return RetryAfter(response) is not { } wait || wait <= _options.MaxRetryDelay;
    }

    /// <summary>429, 412, 502, 503 and 504: the statuses Teams asks bots to retry.</summary>
    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector answered HTTP {StatusCode}; retry {Attempt} in {DelayMs} ms")]
    private partial void LogRetry(int statusCode, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector send gave up with HTTP {StatusCode} for conversation {ConversationId} activity {ActivityId} (operation {CorrelationId})")]
    private partial void LogGaveUp(int statusCode, string conversationId, string? activityId, string? correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connector send gave up ({Failure}) for conversation {ConversationId} activity {ActivityId}")]
    private partial void LogUnreachable(string failure, string conversationId, string? activityId);
}
