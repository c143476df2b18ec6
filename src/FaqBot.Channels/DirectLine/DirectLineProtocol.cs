using System.Globalization;
using System.Security.Cryptography;
using FaqBot.Schema.Activities;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 operations, free of HTTP: each takes what the request carried (the Authorization header, the
/// conversation id, the watermark, the body, the address the client used) and returns the status and body to answer
/// (split by concern into partial files). The host maps the routes and writes the results.
/// </summary>
public sealed partial class DirectLineProtocol
{
    /// <summary>The channel id stamped on Direct Line activities.</summary>
    public const string ChannelId = "directline";

    private readonly DirectLineAuthorizer _authorizer;
    private readonly DirectLineTokenService _tokens;
    private readonly IDirectLineConversations _store;
    private readonly DirectLineBotRunner _runner;
    private readonly IDirectLineRateLimits _rateLimits;
    private readonly UsedStreamTokens _usedStreamTokens;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ChannelAccount _botAccount;

    /// <summary>Creates the protocol; <paramref name="botName"/> is the bot's display name in activities.</summary>
    public DirectLineProtocol(DirectLineAuthorizer authorizer, DirectLineTokenService tokens, IDirectLineConversations store,
        DirectLineBotRunner runner, IDirectLineRateLimits rateLimits, UsedStreamTokens usedStreamTokens,
        IOptions<DirectLineOptions> options, string botName, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_authorizer, _tokens, _store, _runner) = (authorizer, tokens, store, runner);
        (_rateLimits, _usedStreamTokens, _timeProvider) = (rateLimits, usedStreamTokens, timeProvider);
        _options = options.Value;
        _botAccount = new ChannelAccount { Id = _options.BotId, Name = botName, Role = "bot" };
    }

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
        var expiresAt = _timeProvider.GetUtcNow().AddSeconds(_options.TokenLifetimeSeconds);
        var token = _tokens.Issue(new TokenClaims(conversationId, userId, TokenClaims.ConversationScope, expiresAt));
        return (token, _options.TokenLifetimeSeconds);
    }

    private int SecondsLeft(TokenClaims claims) =>
        Math.Max(0, (int)(claims.ExpiresAt - _timeProvider.GetUtcNow()).TotalSeconds);

    // The streamUrl carries a short-lived stream-only token: browsers cannot set headers on a WebSocket.
    private string StreamUrl(DirectLineAddress address, string conversationId, string userId, string? watermark)
    {
        var expiresAt = _timeProvider.GetUtcNow().AddSeconds(_options.StreamUrlLifetimeSeconds);
        var streamToken = _tokens.Issue(new TokenClaims(conversationId, userId, TokenClaims.StreamScope, expiresAt, Base64UrlId(RandomNumberGenerator.GetBytes(12))));
        return address.StreamUrl(conversationId, watermark, streamToken);
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
            Timestamp = _timeProvider.GetUtcNow(),
        };
        await _runner.RunTurnAsync(conversationId, update).ConfigureAwait(false);
    }
}
