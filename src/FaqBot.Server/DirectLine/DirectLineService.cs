using System.Globalization;
using System.Security.Cryptography;
using FaqBot.Schema.Activities;
using FaqBot.Core.Answering;
using FaqBot.Server.Conversations;
using FaqBot.Server.RateLimiting;
using FaqBot.Server.Website;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.DirectLine;

// The Direct Line 3.0 operations behind the endpoints (split by concern into partial files).
public sealed partial class DirectLineService(
    DirectLineAuthorizer authorizer,
    DirectLineTokenService tokens,
    ConversationStore store,
    DirectLineBotRunner runner,
    RequestRateLimiter rateLimiter,
    UsedStreamTokens usedStreamTokens,
    IOptions<DirectLineOptions> options,
    IOptions<WebsiteOptions> website,
    IOptions<ClinicOptions> clinic,
    TimeProvider timeProvider)
{
    public const string ChannelId = "directline";

    private readonly DirectLineOptions _options = options.Value;

    private readonly ChannelAccount _botAccount = new()
    {
        Id = options.Value.BotId,
        Name = website.Value.ResolveTitle(clinic.Value.Name),
        Role = "bot",
    };

    private ChannelAccount BotAccount => _botAccount;

    private static string NewConversationId() =>
        Base64UrlId(RandomNumberGenerator.GetBytes(18));

    private static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static string Base64UrlId(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static bool TryParseWatermark(string? value, out long watermark)
    {
        watermark = -1;
        return string.IsNullOrEmpty(value)
            || (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    private (string Token, int ExpiresIn) IssueToken(string conversationId, string userId)
    {
        var expiresAt = timeProvider.GetUtcNow().AddSeconds(_options.TokenLifetimeSeconds);
        var token = tokens.Issue(new TokenClaims(conversationId, userId, TokenClaims.ConversationScope, expiresAt));
        return (token, _options.TokenLifetimeSeconds);
    }

    private int SecondsLeft(TokenClaims claims) =>
        Math.Max(0, (int)(claims.ExpiresAt - timeProvider.GetUtcNow()).TotalSeconds);

    // The streamUrl carries a short-lived stream-only token: browsers cannot set headers on a WebSocket.
    private string StreamUrl(HttpRequest request, string conversationId, string userId, string? watermark)
    {
        var expiresAt = timeProvider.GetUtcNow().AddSeconds(_options.StreamUrlLifetimeSeconds);
        var streamToken = tokens.Issue(new TokenClaims(conversationId, userId, TokenClaims.StreamScope, expiresAt, Base64UrlId(RandomNumberGenerator.GetBytes(12))));
        var scheme = request.IsHttps ? "wss" : "ws";
        var path = $"{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream";
        var url = QueryHelpers.AddQueryString($"{scheme}://{request.Host}{path}", "watermark", watermark ?? string.Empty);
        return QueryHelpers.AddQueryString(url, "t", streamToken);
    }

    private async Task StartConversationAsync(string conversationId, string userId)
    {
        var user = new ChannelAccount { Id = userId, Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            From = user,
            Recipient = BotAccount,
            Conversation = new ConversationAccount { Id = conversationId },
            MembersAdded = [BotAccount, user],
            Timestamp = timeProvider.GetUtcNow(),
        };
        await runner.RunTurnAsync(conversationId, update).ConfigureAwait(false);
    }
}
