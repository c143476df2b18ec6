using System.Net;
using FaqBot.Storage;
using FaqBot.Storage.Postgres;
using FaqBot.Tests.TestSupport.Postgres;

namespace FaqBot.Tests.Server.Storage;

// Two FaqBot server processes on one PostgreSQL: a visitor posts to replica A and streams from replica B.
[Collection(PostgresCollection.Name)]
public sealed class PostgresReplicaTests(PostgresFixture postgres)
{
    private const int Conversations = 50;
    private const int MessagesEach = 10;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TwoReplicas_PostToOneStreamFromOther_NothingLostDuplicatedOrReordered()
    {
        var database = await postgres.Server.CreateUniqueDatabaseAsync("replicas");
        string[] settings = [$"Storage:PostgreSql={database}"];
        await using var a = await ServerProcess.StartAsync(settings);
        await using var b = await ServerProcess.StartAsync(settings);
        var visitors = new List<(string Id, string Token, DirectLineStream Stream)>();
        for (var i = 0; i < Conversations; i++)
        {
            var (conversationId, token) = await a.DirectLine.GenerateTokenAsync();
            using var started = await a.DirectLine.SendAsync(HttpMethod.Post, "conversations", token, "{}");
            var streamUrl = (await DirectLineTestClient.ReadAsync(started))["streamUrl"]!.GetValue<string>();
            visitors.Add((conversationId, token, await DirectLineStream.ConnectAsync(streamUrl, onto: b.BaseUri)));
        }

        await Task.WhenAll(visitors.Select(async v =>
        {
            for (var n = 0; n < MessagesEach; n++)
            {
                using var posted = await a.DirectLine.PostMessageAsync(v.Id, v.Token, $"How long does a session last? ({n})", $"c{n}");
                Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            }
        }));

        var expected = 1 + (2 * MessagesEach);
        foreach (var (id, token, stream) in visitors)
        {
            var kept = await stream.WaitForKeptAsync(expected, Patience);
            Assert.Equal(Enumerable.Range(1, expected).Select(i => $"{id}|{i:0000000}"), kept.Select(x => x["id"]!.GetValue<string>()));
            for (var n = 0; n < MessagesEach; n++)
            {
                var echo = kept[1 + (2 * n)];
                Assert.Equal($"c{n}", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
                Assert.Equal(echo["id"]!.GetValue<string>(), kept[2 + (2 * n)]["replyToId"]!.GetValue<string>());
            }

            // Polling sees the same history and watermark on either replica.
            var fromA = await a.DirectLine.GetActivitiesAsync(id, token);
            var fromB = await b.DirectLine.GetActivitiesAsync(id, token);
            Assert.Equal(fromA.ToJsonString(), fromB.ToJsonString());
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), fromB["watermark"]!.GetValue<string>());
            await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task KillDuringBurst_Restart_EveryAcknowledgedActivityReplyAndEventKept()
    {
        var database = await postgres.Server.CreateUniqueDatabaseAsync("crash");

        await CrashScenario.RunAsync(
            () => ServerProcess.StartAsync([$"Storage:PostgreSql={database}"]),
            () => PostgresStorage.OpenAsync(database, StorageRole.Tool, default),
            killAfter: 40);
    }

    [Fact]
    public async Task Start_DatabaseUnreachable_ExitsWithOneLineNamingTheSetting()
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = FaqBot.Tests.TestSupport.Repo.Root };
        foreach (var arg in new[] { ServerProcess.ServerDll(), "--urls=http://127.0.0.1:0", "--Storage:PostgreSql=Host=127.0.0.1;Port=1;Database=faqbot;Username=u;Password=hunter2secret" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("faqbot: cannot start:", stderr, StringComparison.Ordinal);
        Assert.Contains("Storage:PostgreSql", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", stderr, StringComparison.Ordinal);
    }
}
