using FaqBot.Schema.Events;
using FaqBot.Schema.Activities;
using FaqBot.Core.Answering;

namespace FaqBot.Tests.Storage.Sqlite;

public sealed class SqliteConcurrencyTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private readonly SqliteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReadAfterAsync_WhileOthersAppend_EveryPageContiguousUpToItsLastSeq()
    {
        await using var storage = await _temp.OpenServerAsync();
        var ids = Enumerable.Range(0, 8).Select(i => $"conv-{i}").ToArray();
        foreach (var id in ids)
        {
            await storage.Conversations.CreateAsync(id, "u", T0, default);
        }

        var writers = ids.Select(id => Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                await storage.Conversations.AppendAsync(id, new Activity { Text = $"{id} {i}" }, T0, 1000, default);
            }
        }));
        var readers = ids.Select(id => Task.Run(async () =>
        {
            var problems = new List<string>();
            for (var i = 0; i < 30; i++)
            {
                var page = await storage.Conversations.ReadAfterAsync(id, 0, default);
                var seqs = page!.Activities.Select(a => a.Seq).ToList();
                if (!seqs.SequenceEqual(Enumerable.Range(1, seqs.Count).Select(n => (long)n)) || seqs.Count != page.LastSeq)
                {
                    problems.Add($"{id}: {string.Join(',', seqs)} / {page.LastSeq}");
                }
            }

            return problems;
        }));

        await Task.WhenAll(writers);
        var problems = (await Task.WhenAll(readers)).SelectMany(p => p).ToList();

        Assert.Empty(problems);
        foreach (var id in ids)
        {
            Assert.Equal(30, (await storage.Conversations.ReadAfterAsync(id, 0, default))!.LastSeq);
        }
    }

    [Fact]
    public async Task Tool_OpenedBeforeServerWrites_SeesLaterCommits()
    {
        await using var server = await _temp.OpenServerAsync();
        await using var tool = await _temp.OpenToolAsync();
        var before = await tool.Events.GetStatisticsAsync(T0, T0.AddDays(1), default);

        await server.Events.AppendAsync([new AnswerEvent("c", null, "directline", "q", AnswerKind.Crisis, 1, 0, T0)], [], default);
        var after = await tool.Events.GetStatisticsAsync(T0, T0.AddDays(1), default);

        Assert.Empty(before.Days);
        Assert.Equal(1, Assert.Single(after.Days).Crisis);
    }
}
