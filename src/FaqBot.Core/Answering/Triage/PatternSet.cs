using System.Text.RegularExpressions;

namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Named rules packed into a few combined regexes, so a message that matches nothing (most of them)
/// costs a few linear scans per category; only on a hit are the chunk's rules tried one by one to name it.
/// </summary>
internal sealed class PatternSet
{
    // Two engines over the same rules. Short messages use the backtracking interpreter until the other is
    // ready: it is built in well under a millisecond per regex, so a cold `faqbot ask` pays almost nothing.
    // Long messages use NonBacktracking, whose matching time is linear in the message length whatever the
    // patterns, so a 1 MB paste cannot stall a turn; it is slow to build, so it is built on the first long
    // message, or by Prepare in a server's warm-up. NonBacktracking forbids lookarounds, hence the blanking of exemptions; no capture
    // groups, as capture passes are the slow part of that engine.
    internal const int ShortMessageLimit = 2000;

    private const RegexOptions ShortOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const RegexOptions LongOptions = ShortOptions | RegexOptions.NonBacktracking;

    private readonly Lazy<List<PatternChunk>> _shortChunks;
    private readonly Lazy<List<PatternChunk>> _longChunks;

    public PatternSet(IReadOnlyList<TriageRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _shortChunks = new(() => BuildChunks(rules, ShortOptions));
        _longChunks = new(() => BuildChunks(rules, LongOptions));
    }

    // Once the NonBacktracking regexes exist (a long message, or Prepare from a server warming up), they serve
    // every message: they are also the faster matchers.
    private List<PatternChunk> ChunksFor(string normalized) =>
        normalized.Length <= ShortMessageLimit && !_longChunks.IsValueCreated ? _shortChunks.Value : _longChunks.Value;

    /// <summary>
    /// Builds the combined NonBacktracking regexes now (slow: call it off the request path). Not the per-rule ones: they
    /// would cost a server about 240 MB for what only names the rule once a chunk matched (see <see cref="Match"/>).
    /// </summary>
    public void Prepare() => _ = _longChunks.Value;

    // The combined regex says whether a chunk matches and where; the rule is then named with the backtracking
    // interpreter (built in under a millisecond a rule) on the message if it is short, else on a window around the match,
    // which keeps that engine's time bounded. The window holds the whole match and the characters either side of it
    // (the rules have no lookarounds), so the rule that matched there is always found in it.
    public string? Match(string normalized)
    {
        foreach (var chunk in ChunksFor(normalized))
        {
            var found = chunk.Combined.Match(normalized);
            if (!found.Success)
            {
                continue;
            }

            var text = normalized.Length <= ShortMessageLimit ? normalized : Window(normalized, found);
            foreach (var rule in chunk.Rules)
            {
                if (rule.Short.Value.IsMatch(text))
                {
                    return rule.Name;
                }
            }
        }

        return null;
    }

    private static string Window(string text, System.Text.RegularExpressions.Match found)
    {
        const int Context = 200;
        var start = Math.Max(0, found.Index - Context);
        var end = Math.Min(text.Length, found.Index + found.Length + Context);
        return text[start..end];
    }

    /// <summary>Replaces every match in <paramref name="normalized"/> with a word break.</summary>
    public string Blank(string normalized)
    {
        foreach (var chunk in ChunksFor(normalized))
        {
            if (chunk.Combined.IsMatch(normalized))
            {
                normalized = chunk.Combined.Replace(normalized, " . ");
            }
        }

        return normalized;
    }

    // The NonBacktracking engine caps an automaton at 10,000 nodes, so a rule list that does not fit in one
    // regex is halved until each half fits (a single rule over the cap is a bug in the lexicon). The per-rule
    // regexes, needed only to name the rule once its chunk matched, are built on first use, with the interpreter.
    private static List<PatternChunk> BuildChunks(IReadOnlyList<TriageRule> rules, RegexOptions options)
    {
        var chunks = new List<PatternChunk>();
        AddChunks(rules, 0, rules.Count, options, chunks);
        return chunks;
    }

    private static void AddChunks(IReadOnlyList<TriageRule> rules, int start, int end, RegexOptions options, List<PatternChunk> chunks)
    {
        if (end <= start)
        {
            return;
        }

        Regex combined;
        try
        {
            combined = Combine(rules, start, end, options);
        }
        catch (NotSupportedException) when (end - start > 1)
        {
            var middle = (start + end) / 2;
            AddChunks(rules, start, middle, options, chunks);
            AddChunks(rules, middle, end, options, chunks);
            return;
        }

        var singles = new NamedRule[end - start];
        for (var i = start; i < end; i++)
        {
            var pattern = rules[i].Pattern;
            singles[i - start] = new NamedRule(rules[i].Name, new(() => new Regex(pattern, ShortOptions)));
        }

        chunks.Add(new PatternChunk(combined, singles));
    }

    private static Regex Combine(IReadOnlyList<TriageRule> rules, int start, int end, RegexOptions options) =>
        new(string.Join('|', Enumerable.Range(start, end - start).Select(i => $"(?:{rules[i].Pattern})")), options);

    private sealed record PatternChunk(Regex Combined, NamedRule[] Rules);

    private sealed record NamedRule(string Name, Lazy<Regex> Short);
}
