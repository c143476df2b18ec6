namespace FaqBot.Core.Analysis;

/// <summary>A frozen tokenizer + filter chain; thread-safe, build once and share.</summary>
public sealed class Analyzer
{
    private readonly ITokenizer _tokenizer;
    private readonly ITokenFilter[] _filters;

    internal Analyzer(ITokenizer tokenizer, IEnumerable<ITokenFilter> filters)
    {
        _tokenizer = tokenizer;
        _filters = [.. filters];
    }

    /// <summary>Runs the chain over <paramref name="text"/> and returns the resulting tokens.</summary>
    public List<Token> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IEnumerable<Token> tokens = _tokenizer.Tokenize(text);
        foreach (var filter in _filters)
        {
            tokens = filter.Apply(tokens);
        }

        return [.. tokens];
    }
}
