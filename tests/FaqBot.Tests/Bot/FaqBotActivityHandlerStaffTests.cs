using FaqBot.Tests.TestSupport;
using FaqBot.Bot;
using FaqBot.Schema.Events;
using FaqBot.Schema.Activities;
using FaqBot.Bot.Teams;
using FaqBot.Core.Answering;
using FaqBot.Tests.Bot.Staff;
using FaqBot.Tests.Bot.Teams;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Bot;

public sealed class FaqBotActivityHandlerStaffTests
{
    private const string SecretQuestion = "Can I bring my dog to the session?";

    private readonly FakeAnswerer _answerer = new();
    private readonly RecordingEventSink _events = new();
    private readonly FakeKnowledgeBaseAdmin _admin = new();

    [Fact]
    public async Task OnTurnAsync_SourcesFromStaff_ListsDocumentsPassagesAndBuildTime()
    {
        var flow = new TestFlow(CreateHandler(), senderAuthenticated: true);

        var replies = await flow.SendAsync(StaffMessage("sources"));

        var text = Assert.Single(replies).Text!;
        Assert.Contains("2 documents, 17 passages", text, StringComparison.Ordinal);
        Assert.Contains("2026-03-01 07:30:00 UTC", text, StringComparison.Ordinal);
        Assert.Contains("`faq/costs.txt`): 5 passages", text, StringComparison.Ordinal);
        Assert.Equal(0, _answerer.Calls);
        Assert.Empty(_events.Answers);
    }

    [Fact]
    public async Task OnTurnAsync_ReloadFromStaff_RebuildsAndSummarises()
    {
        var flow = new TestFlow(CreateHandler(), senderAuthenticated: true);

        var inChannel = TeamsFixtures.Load("channel-message") with { Text = "<at>FAQ Bot</at> Reload" };

        var replies = await flow.SendAsync(inChannel);

        Assert.Equal(1, _admin.Reloads);
        Assert.Contains("**Reloaded**: 2 documents, 17 passages; index rebuilt", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_StatsFromStaff_ShowsCountsAndUnansweredQuestions()
    {
        var flow = new TestFlow(CreateHandler(new FakeAnswerer { Kind = AnswerKind.Abstain }), senderAuthenticated: true);
        await flow.SendAsync(new Activity { Type = ActivityTypes.Message, Text = SecretQuestion, ChannelId = "directline" });
        await flow.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "can i bring my dog to the session", ChannelId = "directline" });

        var replies = await flow.SendAsync(StaffMessage("stats"));

        var text = Assert.Single(replies).Text!;
        Assert.Contains("Questions: **2**", text, StringComparison.Ordinal);
        Assert.Contains("abstained: 2", text, StringComparison.Ordinal);
        Assert.Contains($"2× \"{SecretQuestion}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_StatsWithDaysFromStaff_CoversThatManyDays()
    {
        var flow = new TestFlow(CreateHandler(), senderAuthenticated: true);

        var replies = await flow.SendAsync(StaffMessage("stats 30"));

        Assert.StartsWith("**Last 30 days**", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Equal(0, _answerer.Calls);
    }

    [Theory]
    [InlineData("stats 0")]
    [InlineData("stats 3651")]
    public async Task OnTurnAsync_StatsWithDaysOutOfRange_RepliesWithUsage(string command)
    {
        var flow = new TestFlow(CreateHandler(), senderAuthenticated: true);

        var replies = await flow.SendAsync(StaffMessage(command));

        Assert.Contains("`stats DAYS` with DAYS from 1 to 3650", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Equal(0, _answerer.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_HelpFromStaff_ListsStaffCommands()
    {
        var flow = new TestFlow(CreateHandler(), senderAuthenticated: true);

        var replies = await flow.SendAsync(StaffMessage("help"));

        Assert.Contains("`reload`", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.Equal(0, _answerer.Calls);
    }

    [Theory]
    [InlineData("msteams", "99999999-0000-0000-0000-000000000000")]
    [InlineData("directline", TeamsFixtures.ClinicTenant)]
    [InlineData("webchat", TeamsFixtures.ClinicTenant)]
    public async Task OnTurnAsync_StaffWordsFromNonStaff_AreQuestionsWithoutStaffData(string channelId, string tenant)
    {
        var answerer = new FakeAnswerer { Kind = AnswerKind.Abstain };
        var flow = new TestFlow(CreateHandler(answerer), senderAuthenticated: true);
        await flow.SendAsync(new Activity { Type = ActivityTypes.Message, Text = SecretQuestion, ChannelId = "directline" });

        foreach (var command in new[] { "sources", "stats", "reload", "help" })
        {
            var message = StaffMessage(command) with
            {
                ChannelId = channelId,
                Conversation = new ConversationAccount { Id = "a:1Other", TenantId = tenant },
                ChannelData = null,
            };

            var replies = await flow.SendAsync(message);

            var text = string.Join("\n", replies.Select(r => r.Text));
            Assert.DoesNotContain(SecretQuestion, text, StringComparison.Ordinal);
            Assert.DoesNotContain("passages", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Staff commands", text, StringComparison.Ordinal);
            Assert.Contains(FakeAnswerer.Disclaimer, text, StringComparison.Ordinal);
        }

        Assert.Equal(0, _admin.Reloads);
        Assert.Equal(5, answerer.Calls);
    }

    [Theory]
    [InlineData("sources")]
    [InlineData("stats")]
    [InlineData("reload")]
    [InlineData("help")]
    public async Task OnTurnAsync_StaffTenantButSenderNotAuthenticated_IsAQuestionWithoutStaffData(string command)
    {
        var answerer = new FakeAnswerer { Kind = AnswerKind.Abstain };
        var flow = new TestFlow(CreateHandler(answerer), senderAuthenticated: false);
        await flow.SendAsync(new Activity { Type = ActivityTypes.Message, Text = SecretQuestion, ChannelId = "directline" });

        var replies = await flow.SendAsync(StaffMessage(command));

        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.DoesNotContain(SecretQuestion, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff commands", text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerer.Disclaimer, text, StringComparison.Ordinal);
        Assert.Equal(0, _admin.Reloads);
        Assert.Equal(2, answerer.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_StaffCommandWithoutPolicy_IsAQuestion()
    {
        var handler = new FaqBotActivityHandler(
            _answerer, _events, Options.Create(new ClinicOptions()), Options.Create(new BotOptions()),
            TimeProvider.System, NullLogger<FaqBotActivityHandler>.Instance);
        var flow = new TestFlow(handler, senderAuthenticated: true);

        await flow.SendAsync(StaffMessage("sources"));

        Assert.Equal(1, _answerer.Calls);
    }

    private static Activity StaffMessage(string text) => TeamsFixtures.Load("personal-message") with { Id = null, Text = text };

    private FaqBotActivityHandler CreateHandler(FakeAnswerer? answerer = null) => new(
        answerer ?? _answerer,
        _events,
        Options.Create(new ClinicOptions { Name = "Test Clinic" }),
        Options.Create(new BotOptions()),
        TimeProvider.System,
        NullLogger<FaqBotActivityHandler>.Instance,
        new StaffAccessPolicy(new StaffAccessOptions { StaffTenantIds = [TeamsFixtures.ClinicTenant] }),
        _admin);
}
