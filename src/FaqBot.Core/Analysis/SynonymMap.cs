namespace FaqBot.Core.Analysis;

/// <summary>
/// Synonym rules keyed by analyzed term sequences, read from the Solr synonyms format that Lucene's
/// SolrSynonymParser reads: <c>#</c> comment lines, blank lines, <c>a, b, c</c> (equivalent: each expands
/// to all the others, the original kept), <c>a, b =&gt; c, d</c> (explicit: the left side is replaced by
/// the right side), multi-word entries, and <c>\,</c> / <c>\=</c> / <c>\\</c> escapes.
/// </summary>
public sealed class SynonymMap
{
    /// <summary>Separates terms inside a key of <see cref="Rules"/>.</summary>
    public const char KeySeparator = ' ';

    private readonly Dictionary<string, SynonymRule> _rules;
    private readonly SynonymTrieNode _root = new();

    private SynonymMap(Dictionary<string, SynonymRule> rules)
    {
        _rules = rules;
        foreach (var (key, rule) in rules)
        {
            var terms = key.Split(KeySeparator);
            _root.Add(terms, rule);
            MaxKeyLength = Math.Max(MaxKeyLength, terms.Length);
        }
    }

    /// <summary>An empty map.</summary>
    public static SynonymMap Empty { get; } = new(new Dictionary<string, SynonymRule>(StringComparer.Ordinal));

    /// <summary>The rules, keyed by the analyzed terms of the matched words joined with <see cref="KeySeparator"/>.</summary>
    public IReadOnlyDictionary<string, SynonymRule> Rules => _rules;

    /// <summary>The largest number of terms in a key.</summary>
    public int MaxKeyLength { get; }

    /// <summary>True when some key starts with <paramref name="term"/>; a cheap pre-check before matching.</summary>
    public bool StartsAnyKey(string term) => _root.Children.ContainsKey(term);

    internal SynonymTrieNode Root => _root;

    /// <summary>Finds the rule for the analyzed <paramref name="key"/>.</summary>
    public bool TryGetRule(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SynonymRule? rule) =>
        _rules.TryGetValue(key, out rule);

    /// <summary>Reads the synonyms file at <paramref name="path"/>.</summary>
    /// <exception cref="SynonymFormatException">A line is malformed.</exception>
    public static SynonymMap Load(string path, Analyzer termAnalyzer)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Parse(reader, path, termAnalyzer);
    }

    /// <summary>Parses Solr-format rules; each side is analyzed with <paramref name="termAnalyzer"/> (the chain without synonyms).</summary>
    /// <exception cref="SynonymFormatException">A line is malformed; the message names <paramref name="sourceName"/> and the line.</exception>
    public static SynonymMap Parse(TextReader reader, string sourceName, Analyzer termAnalyzer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(termAnalyzer);
        var builder = new SynonymMapBuilder(sourceName, termAnalyzer);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            builder.AddLine(line, lineNumber);
        }

        return new SynonymMap(builder.Build());
    }
}
