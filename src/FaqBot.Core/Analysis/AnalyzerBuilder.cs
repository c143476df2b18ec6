namespace FaqBot.Core.Analysis;

/// <summary>Collects a tokenizer and filters, in order, and freezes them into an <see cref="Analyzer"/>.</summary>
public sealed class AnalyzerBuilder(ITokenizer tokenizer)
{
    private readonly List<ITokenFilter> _filters = [];

    /// <summary>Appends a filter; filters run in the order they are added.</summary>
    public AnalyzerBuilder Add(ITokenFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filters.Add(filter);
        return this;
    }

    /// <summary>Freezes the chain.</summary>
    public Analyzer Build() => new(tokenizer, _filters);
}
