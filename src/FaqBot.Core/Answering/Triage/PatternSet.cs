using System.Text.RegularExpressions;

namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Named rules packed into a few combined regexes, so a message that matches nothing (most of them)
/// costs a few linear scans per category; only on a hit are the chunk's rules tried one by one to name it.
/// </summary>
internal sealed class PatternSet
{
    // NonBacktracking: matching time is linear in the message length whatever the patterns, so a
    // 1 MB paste cannot stall a turn; it forbids lookarounds, hence the blanking of exemptions.
    // No capture groups: capture passes are the slow part of that engine.
    private const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private readonly PatternChunk[] _chunks;

    public PatternSet(IReadOnlyList<TriageRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _chunks = [.. BuildChunks(rules)];
    }

    /// <summary>The name of a rule that matches <paramref name="normalized"/>, or null.</summary>
    public string? Match(string normalized)
    {
        foreach (var chunk in _chunks)
        {
            if (!chunk.Combined.IsMatch(normalized))
            {
                continue;
            }

            foreach (var (name, regex) in chunk.Rules)
            {
                if (regex.IsMatch(normalized))
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>Replaces every match in <paramref name="normalized"/> with a word break.</summary>
    public string Blank(string normalized)
    {
        foreach (var chunk in _chunks)
        {
            if (chunk.Combined.IsMatch(normalized))
            {
                normalized = chunk.Combined.Replace(normalized, " . ");
            }
        }

        return normalized;
    }

    // The NonBacktracking engine caps an automaton at 10,000 nodes, so rules are packed greedily into
    // as few regexes as fit under the cap; a single rule over the cap is a bug in the lexicon.
    private static List<PatternChunk> BuildChunks(IReadOnlyList<TriageRule> rules)
    {
        var singles = rules.Select(rule => (rule.Name, new Regex(rule.Pattern, Options))).ToArray();
        var chunks = new List<PatternChunk>();
        var start = 0;
        Regex? current = null;
        for (var end = 1; end <= rules.Count; end++)
        {
            try
            {
                current = Combine(rules, start, end);
            }
            catch (NotSupportedException) when (end - start > 1)
            {
                chunks.Add(new PatternChunk(current!, singles[start..(end - 1)]));
                start = end - 1;
                current = Combine(rules, start, end);
            }
        }

        if (current is not null)
        {
            chunks.Add(new PatternChunk(current, singles[start..]));
        }

        return chunks;
    }

    private static Regex Combine(IReadOnlyList<TriageRule> rules, int start, int end) =>
        new(string.Join('|', Enumerable.Range(start, end - start).Select(i => $"(?:{rules[i].Pattern})")), Options);

    private sealed record PatternChunk(Regex Combined, (string Name, Regex Regex)[] Rules);
}
