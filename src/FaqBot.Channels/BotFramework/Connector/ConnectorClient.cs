using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FaqBot.Schema.Activities;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using FaqBot.Bot.Text;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>
/// Calls the Bot Connector REST API v3 (send to a conversation, reply to an activity) with the bot's token,
/// retrying 429/412/502/503/504 with jittered back-off and Retry-After inside a bounded budget. Callers pass only
/// serviceUrls taken from authenticated activities, since the bot's token is sent there.
/// </summary>
public sealed partial class ConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly HttpClient _httpClient;
    private readonly ConnectorTokenProvider _credentials;
    private readonly ConnectorClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the client; <paramref name="timeProvider"/> drives back-off delays and timeouts.</summary>
    public ConnectorClient(HttpClient httpClient, ConnectorTokenProvider credentials, ConnectorClientOptions options, TimeProvider timeProvider, ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClient = httpClient;
        _credentials = credentials;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _pipeline = BuildPipeline();
    }

    /// <summary>Posts <paramref name="activity"/> to the conversation; null when the Connector could not be reached (logged).</summary>
    public Task<ResourceResponse?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var url = BuildUrl(serviceUrl, conversationId, null);
        return PostActivityAsync(url, conversationId, null, activity, cancellationToken);
    }

    /// <summary>Posts <paramref name="activity"/> as a reply to <paramref name="activityId"/> (threaded where the channel supports it).</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        var url = BuildUrl(serviceUrl, conversationId, activityId);
        return PostActivityAsync(url, conversationId, activityId, activity, cancellationToken);
    }

    /// <summary>The Connector URL for a send (no <paramref name="activityId"/>) or a reply; ids are escaped.</summary>
    public static Uri BuildUrl(string serviceUrl, string conversationId, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(conversationId);
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activityId is not null)
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(new Uri(baseUrl, UriKind.Absolute), path);
    }

    private async Task<ResourceResponse?> PostActivityAsync(Uri url, string conversationId, string? activityId, Activity activity, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
        var refreshedAfter401 = false;
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    var token = await _credentials.GetTokenAsync(null, ct).ConfigureAwait(false);
                    var result = await SendOnceAsync(url, body, token, ct).ConfigureAwait(false);
                    if (result.StatusCode == HttpStatusCode.Unauthorized && token is not null && !refreshedAfter401)
                    {
                        // The token may have been revoked or rotated early: refresh once, not on every attempt.
                        refreshedAfter401 = true;
                        result.Dispose();
                        token = await _credentials.GetTokenAsync(token, ct).ConfigureAwait(false);
                        result = await SendOnceAsync(url, body, token, ct).ConfigureAwait(false);
                    }

                    return result;
                },
                cancellationToken).ConfigureAwait(false);

            if (!response.IsSuccessStatusCode)
            {
                LogGaveUp((int)response.StatusCode, LogValue.Of(conversationId)!, LogValue.Of(activityId), LogValue.Of(CorrelationId(response)));
                return null;
            }

            return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or HttpRequestException
            or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(ex.GetType().Name, LogValue.Of(conversationId)!, LogValue.Of(activityId));
            return null;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Uri url, byte[] body, string? token, CancellationToken cancellationToken)
    {
        // A request message cannot be sent twice, so every attempt builds its own.
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonContentType;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return bytes.Length > 0
                ? JsonSerializer.Deserialize(bytes, BotJsonContext.Default.ResourceResponse) ?? new ResourceResponse(string.Empty)
                : new ResourceResponse(string.Empty);
        }
        catch (JsonException)
        {
            return new ResourceResponse(string.Empty);
        }
    }

    private static string? CorrelationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
}
