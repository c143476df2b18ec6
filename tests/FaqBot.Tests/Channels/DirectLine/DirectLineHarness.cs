using System.Text;
using System.Text.Json;
using FaqBot.Bot;
using FaqBot.Channels.DirectLine;
using FaqBot.Schema.Activities;
using FaqBot.Server.Conversations;
using FaqBot.Server.Persistence;
using FaqBot.Storage.Memory;
using FaqBot.Tests.Server;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Channels.DirectLine;

/// The Direct Line protocol wired as the server wires it, without HTTP: the real conversation store over memory
/// storage, a fake clock, rate limits the test sets, and a bot that greets and echoes.
internal sealed class DirectLineHarness : IDisposable
{
    public const string Secret = "server-to-server-secret-for-tests";

    public static readonly DirectLineAddress Address = new("https", "clinic.example:8443", "/chat");

    public DirectLineHarness(DirectLineOptions? options = null)
    {
        options ??= new DirectLineOptions();
        options.TokenSigningKey = FaqBotTestServer.SigningKey;
        options.Secret = Secret;
        var wrapped = Options.Create(options);
        Store = new ConversationStore(new MemoryStorage(), new StorageHealth(NullLogger<StorageHealth>.Instance, Clock), wrapped, Clock,
            NullLogger<ConversationStore>.Instance);
        var tokens = new DirectLineTokenService(wrapped, Clock, NullLogger<DirectLineTokenService>.Instance);
        var runner = new DirectLineBotRunner(new EchoBot(), Store, NullLogger<DirectLineBotRunner>.Instance);
        Protocol = new DirectLineProtocol(new DirectLineAuthorizer(tokens, wrapped), tokens, Store, runner, Limits,
            new UsedStreamTokens(Clock), wrapped, "Clinic assistant", Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    public SettableRateLimits Limits { get; } = new();

    public ConversationStore Store { get; }

    public DirectLineProtocol Protocol { get; }

    public static string Bearer(string token) => "Bearer " + token;

    public static DirectLineBody Json(string json) => DirectLineBody.Of(Encoding.UTF8.GetBytes(json));

    public static DirectLineBody Message(string text) =>
        Json(JsonSerializer.Serialize(new { type = "message", text, from = new { id = "dl_claimed_by_client" } }));

    // A visitor's token and its started conversation, as Web Chat gets them.
    public async Task<ConversationResponse> StartVisitorConversationAsync()
    {
        var generated = Body<TokenResponse>(await Protocol.GenerateTokenAsync(null, "203.0.113.7", DirectLineBody.Empty, CancellationToken.None));
        return Body<ConversationResponse>(await Protocol.StartConversationAsync(Bearer(generated.Token), Address, CancellationToken.None));
    }

    public static T Body<T>(DirectLineResult result)
    {
        Assert.True(result.Error is null, $"{result.StatusCode} {result.Error?.Code}: {result.Error?.Message}");
        return Assert.IsType<T>(result.Body);
    }

    public void Dispose() => Store.Dispose();

    internal sealed class SettableRateLimits : IDirectLineRateLimits
    {
        public TimeSpan? MessageWait { get; set; }

        public TimeSpan? TryAcquireToken(string clientKey) => null;

        public TimeSpan? TryAcquireMessage(string conversationId) => MessageWait;

        public TimeSpan? TryAcquireNewConversation() => null;
    }

    private sealed class EchoBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            turnContext.Activity.Type switch
            {
                ActivityTypes.ConversationUpdate => turnContext.SendActivityAsync(new Activity { Text = "Welcome" }, cancellationToken),
                ActivityTypes.Message => turnContext.SendActivityAsync(new Activity { Text = "echo: " + turnContext.Activity.Text }, cancellationToken),
                _ => Task.CompletedTask,
            };
    }
}
