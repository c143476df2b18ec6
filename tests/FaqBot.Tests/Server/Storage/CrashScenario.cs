using System.Collections.Concurrent;
using System.Net;
using FaqBot.Storage;

namespace FaqBot.Tests.Server.Storage;

// kill -9 during a burst of messages, restart, and check that everything acknowledged is there: each posted
// activity the server answered 200 for, the bot's reply to it, and its answer event.
internal static class CrashScenario
{
    private const int Conversations = 6;

    public static async Task RunAsync(Func<Task<ServerProcess>> startServer, Func<Task<IFaqBotStorage>> openStorage, int killAfter)
    {
        List<(string Id, string Token)> conversations = [];
        var acknowledged = new ConcurrentBag<(string ConversationId, string ActivityId)>();
        await using (var server = await startServer())
        {
            for (var i = 0; i < Conversations; i++)
            {
                conversations.Add(await server.DirectLine.StartAsync());
            }

            using var enough = new SemaphoreSlim(0);
            var burst = conversations.Select(c => Task.Run(async () =>
            {
                for (var n = 0; ; n++)
                {
                    try
                    {
                        using var response = await server.DirectLine.PostMessageAsync(c.Id, c.Token, $"How long does a session last? #{n}", $"c{n}");
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            return;
                        }

                        var id = (await DirectLineTestClient.ReadAsync(response))["id"]!.GetValue<string>();
                        acknowledged.Add((c.Id, id));
                        if (acknowledged.Count >= killAfter)
                        {
                            enough.Release();
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            // Posts are still in flight on the other conversations when the process dies.
            await enough.WaitAsync(TimeSpan.FromSeconds(60));
            server.Kill();
            await Task.WhenAll(burst);
        }

        Assert.True(acknowledged.Count >= killAfter, $"only {acknowledged.Count} messages acknowledged before the kill");
        await using (var restarted = await startServer())
        {
            foreach (var (conversationId, token) in conversations)
            {
                // The token is still valid: its signing key is in the database too.
                var history = (await restarted.DirectLine.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
                var ids = history.Select(a => a!["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                var repliedTo = history.Select(a => a!["replyToId"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
                foreach (var (_, activityId) in acknowledged.Where(a => a.ConversationId == conversationId))
                {
                    Assert.Contains(activityId, ids);
                    Assert.Contains(activityId, repliedTo);
                }
            }

            await using var storage = await openStorage();
            var answered = await storage.Events.ReadAnswersAsync(DateTimeOffset.MinValue, default).Select(a => a.ActivityId).ToHashSetAsync();

            Assert.All(acknowledged, a => Assert.Contains(a.ActivityId, answered));
        }
    }

}
