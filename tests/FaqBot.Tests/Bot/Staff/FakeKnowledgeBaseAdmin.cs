using FaqBot.Bot;

namespace FaqBot.Tests.Bot.Staff;

// Describes a two-document knowledge base; counts reloads.
internal sealed class FakeKnowledgeBaseAdmin : IKnowledgeBaseAdmin
{
    public static readonly DateTimeOffset BuiltAt = new(2026, 3, 1, 7, 30, 0, TimeSpan.Zero);

    public int Reloads { get; private set; }

    public KnowledgeBaseSummary Describe() => new(
        [new DocumentSummary("about.md", "About Ketamine", 12), new DocumentSummary("faq/costs.txt", "Costs", 5)],
        BuiltAt,
        FromSnapshot: Reloads == 0);

    public Task<KnowledgeBaseSummary> ReloadAsync(CancellationToken cancellationToken)
    {
        Reloads++;
        return Task.FromResult(Describe());
    }
}
