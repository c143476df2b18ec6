namespace FaqBot.Bot;

/// <summary>What the staff commands <c>sources</c> and <c>reload</c> need from the host that owns the index.</summary>
public interface IKnowledgeBaseAdmin
{
    /// <summary>The documents indexed, their passage counts and when the index was built.</summary>
    KnowledgeBaseSummary Describe();

    /// <summary>Rebuilds the index from the knowledge base now; the old index answers until the new one is ready.</summary>
    Task<KnowledgeBaseSummary> ReloadAsync(CancellationToken cancellationToken);
}
