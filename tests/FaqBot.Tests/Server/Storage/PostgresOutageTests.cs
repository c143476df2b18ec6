using System.Net;
using System.Text;
using FaqBot.Storage;
using FaqBot.Storage.Postgres;
using FaqBot.Tests.Channels.BotFramework.Connector;
using FaqBot.Tests.Bot.Teams;
using FaqBot.Tests.TestSupport.Postgres;

namespace FaqBot.Tests.Server.Storage;

// PostgreSQL stopped and restarted while FaqBot is under load: no crash, Teams answers keep flowing, Direct Line
// says 503 + Retry-After, /readyz follows the database, and events buffered meanwhile are written when it returns.
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly PostgresServer _postgres = new();

    [Fact]
    public async Task DatabaseStoppedAndRestarted_AnswersFlowEventsBufferedReadyzFollows()
    {
        await _postgres.StartAsync();
        var database = await _postgres.CreateDatabaseAsync("outage");
        await using var connector = await MockConnectorServer.StartAsync();
        // Unauthenticated Teams traffic from this machine to the local mock Connector: the development opt-in.
        await using var server = await ServerProcess.StartAsync([$"Storage:PostgreSql={database}", "BotFramework:AllowUnauthenticatedLoopback=true"]);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var answered = 0;
        using var stopLoad = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            // Steady Teams traffic through the whole test: every message must be answered.
            while (!stopLoad.IsCancellationRequested)
            {
                Assert.Equal(HttpStatusCode.OK, await PostTeamsAsync(server, connector, $"load-{answered}"));
                Interlocked.Increment(ref answered);
                await Task.Delay(20);
            }
        });

        // The load is under way before the database goes (the first answer is the slowest), and goes on during the outage.
        await WaitForLoadAsync(load, () => Volatile.Read(ref answered), 3, "load answered before the outage");
        await _postgres.StopAsync();
        var answeredBeforeOutage = Volatile.Read(ref answered);
        await WaitForReadyzAsync(server, HttpStatusCode.ServiceUnavailable, "storage unavailable");
        using var refused = await server.DirectLine.PostMessageAsync(conversationId, token, "How long does a session last?");
        var duringOutage = Enumerable.Range(0, 10).Select(i => $"outage-{i}").ToList();
        foreach (var id in duringOutage)
        {
            Assert.Equal(HttpStatusCode.OK, await PostTeamsAsync(server, connector, id));
        }

        await WaitForLoadAsync(load, () => Volatile.Read(ref answered), answeredBeforeOutage + 3, "load answered while the database was down");
        await _postgres.StartAsync();
        await WaitForReadyzAsync(server, HttpStatusCode.OK, "ready");
        using var accepted = await server.DirectLine.PostMessageAsync(conversationId, token, "How long does a session last?");
        await stopLoad.CancelAsync();
        await load;

        Assert.False(server.HasExited);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("5", refused.Headers.RetryAfter!.ToString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.All(duringOutage, id => Assert.Contains(connector.Calls, c => c.Body.Contains($"\"replyToId\":\"{id}\"", StringComparison.Ordinal)));
        var stored = await WaitForEventsAsync(database, duringOutage);
        Assert.All(duringOutage, id => Assert.Contains(id, stored));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // IAsyncLifetime, not IAsyncDisposable: xunit 2 disposes test classes through this one, so the server always stops.
    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    private static async Task<HttpStatusCode> PostTeamsAsync(ServerProcess server, MockConnectorServer connector, string activityId)
    {
        var activity = TeamsFixtures.Json("personal-message")
            .Replace("https://smba.trafficmanager.net/emea/", connector.ServiceUrl, StringComparison.Ordinal)
            .Replace("\"1712345600001\"", $"\"{activityId}\"", StringComparison.Ordinal);
        using var response = await server.Client.PostAsync("api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));
        return response.StatusCode;
    }

    private static async Task WaitForReadyzAsync(ServerProcess server, HttpStatusCode status, string body)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await server.Client.GetAsync("readyz");
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == status && text == body)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/readyz stayed {(int)response.StatusCode} {text}, expected {(int)status} {body}");
            await Task.Delay(100);
        }
    }

    // Waits for the load to answer a number of messages; a failed load message fails the test here, with its own error.
    private static async Task WaitForLoadAsync(Task load, Func<int> answered, int atLeast, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (answered() < atLeast)
        {
            if (load.IsCompleted)
            {
                await load;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{what}: {answered()} of {atLeast} after {Patience.TotalSeconds} s");
            await Task.Delay(20);
        }
    }

    private static async Task<HashSet<string?>> WaitForEventsAsync(string database, List<string> ids)
    {
        var deadline = DateTime.UtcNow + Patience;
        HashSet<string?> found = [];
        while (DateTime.UtcNow < deadline)
        {
            await using var storage = await PostgresStorage.OpenAsync(database, StorageRole.Tool, default);
            found = await storage.Events.ReadAnswersAsync(DateTimeOffset.MinValue, default).Select(a => a.ActivityId).ToHashSetAsync();
            if (ids.All(found.Contains))
            {
                break;
            }

            await Task.Delay(200);
        }

        return found;
    }
}
