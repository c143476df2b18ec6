using System.Net;
using System.Text.Json;
using FaqBot.Bot;
using FaqBot.Core.Answering;
using FaqBot.Tests.Bot.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server.BotFramework;

public sealed class TeamsStaffCommandTests : IAsyncLifetime
{
    // A patient's question the documents cannot answer: only staff may ever see it again.
    private const string PatientQuestion = "Zorblax quintuple flibbertigibbet?";

    private TeamsServerHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsServerHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Sources_FromStaffTenant_ListsDocumentsAndPassages()
    {
        var documents = _host.Server.App.Services.GetRequiredService<IKnowledgeBaseAdmin>().Describe().Documents;

        var text = await SendStaffCommandAsync("sources");

        Assert.Contains($"**Knowledge base**: {documents.Count} documents, {documents.Sum(d => d.Passages)} passages", text, StringComparison.Ordinal);
        Assert.Contains($"`{documents[0].SourceFile}`", text, StringComparison.Ordinal);
        Assert.Empty(_host.Events.Answers);
    }

    [Fact]
    public async Task Stats_FromStaffTenant_ShowsQuestionsKindsAndUnanswered()
    {
        await AskOverDirectLineAsync(PatientQuestion);
        Assert.Equal(AnswerKind.Abstain, Assert.Single(_host.Events.Answers).Kind);

        var text = await SendStaffCommandAsync("stats");

        Assert.Contains("Questions: **1**", text, StringComparison.Ordinal);
        Assert.Contains("abstained: 1", text, StringComparison.Ordinal);
        Assert.Contains($"1× \"{PatientQuestion}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_QuestionWithBidiOverrideAndZeroWidth_ReachesStaffInert()
    {
        // U+202E would show "txt.exe" as "exe.txt"; U+200B hides inside a word; U+0007 rings a terminal bell.
        await AskOverDirectLineAsync("Zorblax \u202Eexe.txt\u202C quin\u200Btuple \u0007flibbertigibbet?");

        var text = await SendStaffCommandAsync("stats");

        Assert.Contains("1× \"Zorblax exe.txt quintuple flibbertigibbet?\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, ch => ch is '\u202E' or '\u202C' or '\u200B' or '\u0007');
    }

    [Fact]
    public async Task Reload_FromStaffTenant_RebuildsAndSummarises()
    {
        var admin = _host.Server.App.Services.GetRequiredService<IKnowledgeBaseAdmin>();
        var before = admin.Describe().BuiltAt;

        var text = await SendStaffCommandAsync("reload");

        Assert.Contains("**Reloaded**:", text, StringComparison.Ordinal);
        Assert.Contains("index rebuilt", text, StringComparison.Ordinal);
        Assert.True(admin.Describe().BuiltAt >= before);
    }

    [Theory]
    [InlineData("sources")]
    [InlineData("stats")]
    [InlineData("reload")]
    [InlineData("help")]
    public async Task StaffWord_FromOtherTenant_OrdinaryAnswerWithoutStaffData(string command)
    {
        await AskOverDirectLineAsync(PatientQuestion);
        var activity = TeamsServerHost.FromOtherTenant(_host.Activity("personal-message"));
        activity["text"] = command;

        using var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoStaffData(Assert.Single(_host.Messages).Json["text"]!.GetValue<string>());
        Assert.Contains(_host.Events.Answers, a => a.Question == command && a.ChannelId == "msteams");
    }

    [Theory]
    [InlineData("sources")]
    [InlineData("stats")]
    [InlineData("reload")]
    [InlineData("help")]
    public async Task StaffWord_OverDirectLineClaimingTeamsTenant_OrdinaryAnswerWithoutStaffData(string command)
    {
        await AskOverDirectLineAsync(PatientQuestion);

        // A website visitor pretending to be a Teams user of the clinic's tenant: the server sets the channel itself.
        var text = await AskOverDirectLineAsync(command, spoofTeams: true);

        AssertNoStaffData(text);
        Assert.Contains(_host.Events.Answers, a => a.Question == command && a.ChannelId == "directline");
    }

    private static void AssertNoStaffData(string text)
    {
        Assert.DoesNotContain(PatientQuestion, text, StringComparison.Ordinal);
        Assert.DoesNotContain("**Knowledge base**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**Reloaded**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Questions: **", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff commands", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" passages", text, StringComparison.Ordinal);
    }

    private async Task<string> SendStaffCommandAsync(string command)
    {
        var activity = _host.Activity("channel-message");
        activity["text"] = $"<at>FAQ Bot</at> {command}";

        using var response = await _host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(_host.Messages).Json["text"]!.GetValue<string>();
    }

    private async Task<string> AskOverDirectLineAsync(string text, bool spoofTeams = false)
    {
        var directLine = _host.Server.DirectLine;
        var (conversationId, token) = await directLine.StartAsync();
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            channelId = spoofTeams ? "msteams" : "webchat",
            from = new { id = "dl_visitor", aadObjectId = "aaaaaaaa-0000-0000-0000-000000000001" },
            conversation = new { id = "a:1PersonalChatWithAna", tenantId = TeamsFixtures.ClinicTenant },
            channelData = new { tenant = new { id = TeamsFixtures.ClinicTenant } },
        });
        using var posted = await directLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, body);
        posted.EnsureSuccessStatusCode();
        var activities = (await directLine.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        return activities.Last()!["text"]!.GetValue<string>();
    }
}
