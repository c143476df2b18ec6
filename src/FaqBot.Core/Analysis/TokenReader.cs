using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqBot.Core.Analysis;

/// <summary>Runs a Lucene analyzer over a text and collects its tokens.</summary>
public static class TokenReader
{
    /// <summary>The tokens of <paramref name="text"/>, in stream order; at most <paramref name="maxTokens"/>.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string text, int maxTokens = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        var position = -1;
        while (tokens.Count < maxTokens && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(
                term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset,
                type.Type == SynonymFilter.TYPE_SYNONYM, keyword.IsKeyword));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Just the terms of <paramref name="text"/>.</summary>
    public static List<string> Terms(Analyzer analyzer, string text) => [.. Analyze(analyzer, text).Select(t => t.Term)];
}
