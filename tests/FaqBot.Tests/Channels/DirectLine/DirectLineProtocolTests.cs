using System.Web;
using FaqBot.Channels.DirectLine;
using FaqBot.Schema.Activities;
using static FaqBot.Tests.Channels.DirectLine.DirectLineHarness;

namespace FaqBot.Tests.Channels.DirectLine;

/// The Direct Line protocol driven directly, without HTTP: tokens, conversations, posts and watermarks (the wire
/// format over HTTP is covered by the Server DirectLine suites).
public sealed class DirectLineProtocolTests : IDisposable
{
    private readonly DirectLineHarness _harness = new(new DirectLineOptions { MaxTextLength = 50, MaxBodyBytes = 2048 });

    private DirectLineProtocol Protocol => _harness.Protocol;

    [Fact]
    public async Task A_token_reads_its_own_conversation_and_is_refused_another_one()
    {
        var mine = await _harness.StartVisitorConversationAsync();
        var other = await _harness.StartVisitorConversationAsync();

        var own = await Protocol.GetActivitiesAsync(Bearer(mine.Token), mine.ConversationId, null, CancellationToken.None);
        var foreign = await Protocol.GetActivitiesAsync(Bearer(mine.Token), other.ConversationId, null, CancellationToken.None);

        Assert.Equal("Welcome", Body<ActivitySet>(own).Activities.Single().Text);
        Assert.Equal(403, foreign.StatusCode);
        Assert.Equal("Forbidden", foreign.Error?.Code);
    }

    [Fact]
    public async Task Starting_a_conversation_creates_it_once_and_then_returns_it_again()
    {
        var generated = Body<TokenResponse>(await Protocol.GenerateTokenAsync(null, "client", DirectLineBody.Empty, CancellationToken.None));

        var first = await Protocol.StartConversationAsync(Bearer(generated.Token), Address, CancellationToken.None);
        var second = await Protocol.StartConversationAsync(Bearer(generated.Token), Address, CancellationToken.None);

        Assert.Equal(201, first.StatusCode);
        Assert.Equal(200, second.StatusCode);
        Assert.Equal(generated.ConversationId, Body<ConversationResponse>(second).ConversationId);
        var history = Body<ActivitySet>(await Protocol.GetActivitiesAsync(Bearer(generated.Token), generated.ConversationId, null, CancellationToken.None));
        Assert.Single(history.Activities);
    }

    [Fact]
    public async Task A_refreshed_token_outlives_the_one_it_replaced()
    {
        var started = await _harness.StartVisitorConversationAsync();
        _harness.Clock.Advance(TimeSpan.FromSeconds(1000));
        var refreshed = Body<TokenResponse>(Protocol.RefreshToken(Bearer(started.Token)));
        _harness.Clock.Advance(TimeSpan.FromSeconds(1000)); // the original (1800 s) has expired; the refreshed one has not

        var old = await Protocol.GetActivitiesAsync(Bearer(started.Token), started.ConversationId, null, CancellationToken.None);
        var renewed = await Protocol.GetActivitiesAsync(Bearer(refreshed.Token), started.ConversationId, null, CancellationToken.None);

        Assert.Equal(started.ConversationId, refreshed.ConversationId);
        Assert.NotEqual(started.Token, refreshed.Token);
        Assert.Equal("TokenExpired", old.Error?.Code);
        Assert.Equal(200, renewed.StatusCode);
    }

    [Fact]
    public async Task Only_a_token_can_be_refreshed_and_a_token_cannot_generate_another()
    {
        var started = await _harness.StartVisitorConversationAsync();

        var secretRefresh = Protocol.RefreshToken(Bearer(Secret));
        var tokenGenerate = await Protocol.GenerateTokenAsync(Bearer(started.Token), "client", DirectLineBody.Empty, CancellationToken.None);
        var missing = Protocol.RefreshToken(null);

        Assert.Equal((400, "BadArgument"), (secretRefresh.StatusCode, secretRefresh.Error?.Code));
        Assert.Equal((403, "Forbidden"), (tokenGenerate.StatusCode, tokenGenerate.Error?.Code));
        Assert.Equal((401, "Unauthorized"), (missing.StatusCode, missing.Error?.Code));
    }

    [Fact]
    public async Task A_posted_message_gets_a_server_id_and_the_tokens_user_and_the_bot_answers_it()
    {
        var started = await _harness.StartVisitorConversationAsync();

        var posted = await Protocol.PostActivityAsync(Bearer(started.Token), started.ConversationId, Message("hello"), Address, CancellationToken.None);

        var id = Body<ResourceResponse>(posted).Id;
        Assert.Equal(started.ConversationId + "|0000002", id);
        var history = Body<ActivitySet>(await Protocol.GetActivitiesAsync(Bearer(started.Token), started.ConversationId, null, CancellationToken.None));
        var echo = history.Activities.Single(a => a.Id == id);
        Assert.StartsWith("dl_", echo.From!.Id);
        Assert.NotEqual("dl_claimed_by_client", echo.From.Id);
        Assert.Equal(DirectLineProtocol.ChannelId, echo.ChannelId);
        Assert.Equal("https://clinic.example:8443/chat/", echo.ServiceUrl);
        Assert.Equal("echo: hello", history.Activities[^1].Text);
    }

    [Fact]
    public async Task An_oversized_activity_is_refused_and_nothing_is_stored()
    {
        var started = await _harness.StartVisitorConversationAsync();

        var longText = await Protocol.PostActivityAsync(Bearer(started.Token), started.ConversationId, Message(new string('a', 51)), Address,
            CancellationToken.None);
        var bigBody = await Protocol.PostActivityAsync(Bearer(started.Token), started.ConversationId,
            Json($$"""{"type":"message","text":"hi","padding":"{{new string(' ', 2048)}}"}"""), Address, CancellationToken.None);
        var noType = await Protocol.PostActivityAsync(Bearer(started.Token), started.ConversationId, Json("""{"text":"hi"}"""), Address,
            CancellationToken.None);

        Assert.Equal((413, "MessageTooLarge"), (longText.StatusCode, longText.Error?.Code));
        Assert.Equal("The message text is longer than 50 characters.", longText.Error?.Message);
        Assert.Equal((413, "The request body is larger than 2048 bytes."), (bigBody.StatusCode, bigBody.Error?.Message));
        Assert.Equal((400, "The activity needs a type."), (noType.StatusCode, noType.Error?.Message));
        var history = Body<ActivitySet>(await Protocol.GetActivitiesAsync(Bearer(started.Token), started.ConversationId, null, CancellationToken.None));
        Assert.Equal("1", history.Watermark);
    }

    [Fact]
    public async Task Reading_by_watermark_returns_only_what_came_after_it()
    {
        var started = await _harness.StartVisitorConversationAsync();
        await Protocol.PostActivityAsync(Bearer(started.Token), started.ConversationId, Message("first"), Address, CancellationToken.None);
        var afterFirst = Body<ActivitySet>(await Protocol.GetActivitiesAsync(Bearer(started.Token), started.ConversationId, null, CancellationToken.None));
        await Protocol.PostActivityAsync(Bearer(started.Token), started.ConversationId, Message("second"), Address, CancellationToken.None);

        var next = Body<ActivitySet>(await Protocol.GetActivitiesAsync(Bearer(started.Token), started.ConversationId, afterFirst.Watermark,
            CancellationToken.None));
        var invalid = await Protocol.GetActivitiesAsync(Bearer(started.Token), started.ConversationId, "-1", CancellationToken.None);

        Assert.Equal("3", afterFirst.Watermark);
        Assert.Equal(["second", "echo: second"], next.Activities.Select(a => a.Text));
        Assert.Equal("5", next.Watermark);
        Assert.Equal((400, "The watermark is not valid."), (invalid.StatusCode, invalid.Error?.Message));
    }

    [Fact]
    public async Task Over_the_message_budget_a_post_is_refused_with_the_wait()
    {
        var started = await _harness.StartVisitorConversationAsync();
        _harness.Limits.MessageWait = TimeSpan.FromSeconds(7);

        var refused = await Protocol.PostActivityAsync(Bearer(started.Token), started.ConversationId, Message("hi"), Address, CancellationToken.None);

        Assert.Equal((429, "TooManyRequests"), (refused.StatusCode, refused.Error?.Code));
        Assert.Equal(TimeSpan.FromSeconds(7), refused.RetryAfter);
    }

    [Fact]
    public async Task A_stream_url_opens_one_stream_only()
    {
        var started = await _harness.StartVisitorConversationAsync();
        var query = HttpUtility.ParseQueryString(new Uri(started.StreamUrl).Query);

        var first = await Protocol.OpenStreamAsync(started.ConversationId, query["t"], query["watermark"], CancellationToken.None);
        var replayed = await Protocol.OpenStreamAsync(started.ConversationId, query["t"], query["watermark"], CancellationToken.None);

        Assert.StartsWith($"wss://clinic.example:8443/chat/v3/directline/conversations/{started.ConversationId}/stream?watermark=&t=", started.StreamUrl);
        Assert.True(first.Opened);
        using (first.Stream)
        {
            Assert.Equal("Welcome", first.Stream.Replay.Activities.Single().Text);
        }

        Assert.False(replayed.Opened);
        Assert.Equal((403, "Forbidden"), (replayed.Error.StatusCode, replayed.Error.Error?.Code));
    }

    [Fact]
    public async Task A_stream_token_opens_neither_another_conversation_nor_after_it_expires()
    {
        var started = await _harness.StartVisitorConversationAsync();
        var other = await _harness.StartVisitorConversationAsync();
        var token = HttpUtility.ParseQueryString(new Uri(started.StreamUrl).Query)["t"];
        var laterToken = HttpUtility.ParseQueryString(new Uri(other.StreamUrl).Query)["t"];

        var elsewhere = await Protocol.OpenStreamAsync(other.ConversationId, token, null, CancellationToken.None);
        _harness.Clock.Advance(TimeSpan.FromSeconds(61));
        var late = await Protocol.OpenStreamAsync(other.ConversationId, laterToken, null, CancellationToken.None);
        var conversationToken = await Protocol.OpenStreamAsync(started.ConversationId, started.Token, null, CancellationToken.None);

        Assert.Equal("Forbidden", elsewhere.Error?.Error?.Code);
        Assert.Equal("TokenExpired", late.Error?.Error?.Code);
        Assert.Equal("Forbidden", conversationToken.Error?.Error?.Code);
    }

    [Fact]
    public async Task Reconnecting_gives_a_fresh_stream_url_that_replays_after_the_watermark()
    {
        var started = await _harness.StartVisitorConversationAsync();
        await Protocol.PostActivityAsync(Bearer(started.Token), started.ConversationId, Message("hi"), Address, CancellationToken.None);

        var reconnected = Body<ConversationResponse>(await Protocol.ReconnectAsync(Bearer(started.Token), started.ConversationId, "2", Address,
            CancellationToken.None));
        var query = HttpUtility.ParseQueryString(new Uri(reconnected.StreamUrl).Query);
        var opening = await Protocol.OpenStreamAsync(started.ConversationId, query["t"], query["watermark"], CancellationToken.None);

        Assert.Equal(started.Token, reconnected.Token);
        Assert.Equal("2", query["watermark"]);
        Assert.True(opening.Opened);
        using (opening.Stream)
        {
            Assert.Equal(["echo: hi"], opening.Stream.Replay.Activities.Select(a => a.Text));
        }
    }

    public void Dispose() => _harness.Dispose();
}
