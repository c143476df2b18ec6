namespace FaqBot.Core.Analysis;

/// <summary>One node of the term trie behind <see cref="SynonymMap"/>; lets the filter match without building keys.</summary>
internal sealed class SynonymTrieNode
{
    /// <summary>Children keyed by the next term.</summary>
    public Dictionary<string, SynonymTrieNode> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>The rule for the term sequence that ends at this node, if any.</summary>
    public SynonymRule? Rule { get; set; }

    /// <summary>Adds <paramref name="terms"/> with its <paramref name="rule"/> below this node.</summary>
    public void Add(string[] terms, SynonymRule rule)
    {
        var node = this;
        foreach (var term in terms)
        {
            if (!node.Children.TryGetValue(term, out var child))
            {
                child = new SynonymTrieNode();
                node.Children.Add(term, child);
            }

            node = child;
        }

        node.Rule = rule;
    }
}
