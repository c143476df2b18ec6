using System.Text;
using System.Text.RegularExpressions;

namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Named rules matched as one list: <see cref="Match"/> names the first rule (in order) that matches, <see cref="Blank"/>
/// replaces what the rules joined by '|' would match, as <see cref="Regex.Replace(string, string)"/> would.
/// </summary>
internal sealed class PatternSet
{
    // Two engines over the same rules, chosen by the message's length. Short messages (nearly all of them) are matched rule
    // by rule with the backtracking interpreter: built in well under a millisecond a rule, so a cold `faqbot ask` pays
    // almost nothing, and it keeps no state between messages, so a server's memory does not grow with its traffic. The
    // linear-time engine (NonBacktracking) caches every automaton state it meets, for good: over 14,700 varied messages
    // its regexes grew from 61 to 248 MB (docs/benchmarks.md, "The warm server's memory"). Long messages need it all the
    // same: its time is linear in the message length whatever the patterns, so a 100,000-character paste cannot stall a
    // turn (two rules span a sentence with `[^.?!\n]*`, which backtracks over the whole of a long text). Its regexes are
    // built in a server's warm-up (Prepare) or by the first long message, and built afresh once they have read
    // LongTextBudget characters, which bounds what their caches hold. It forbids lookarounds, hence the blanking of
    // exemptions; no capture groups, as capture passes are the slow part of that engine.
    internal const int ShortMessageLimit = 2000;

    /// <summary>Characters of long messages the linear-time regexes read before they are rebuilt (about 20 MB of cached states).</summary>
    internal const long LongTextBudget = 1_000_000;

    // The linear-time engine refuses a pattern whose automaton could grow past a node cap, 10,000 by default, which the
    // larger lists pass (the crisis rules could reach ~93,000). Each of its regexes holds about 1.2 MB whatever its
    // size, so the 47 chunks that cap forced cost 140 MB where one regex a list, 17 in all, costs 56 MB; and the chunks,
    // blanked one after another, could blank otherwise than the rules joined as one (2 of 11,473 bank messages). The cap
    // is a process-wide AppContext value read when a regex is built; it guards against untrusted patterns, and ours are
    // compiled in. A list still over the raised cap is halved until each half fits (a single rule over it is a bug in
    // the lexicon).
    internal const int AutomatonNodeCap = 250_000;
    private const string AutomatonNodeCapSetting = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";
    private const string Blanked = " . ";

    private const RegexOptions ShortOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const RegexOptions LongOptions = ShortOptions | RegexOptions.NonBacktracking;

    private readonly IReadOnlyList<TriageRule> _rules;
    private readonly Lazy<NamedRule[]> _named;
    private readonly Lock _rebuild = new();
    private LinearTimeRegexes? _linear;

    public PatternSet(IReadOnlyList<TriageRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _named = new(() => [.. rules.Select(rule => new NamedRule(rule.Name, new Regex(rule.Pattern, ShortOptions)))]);
    }

    /// <summary>Builds both engines' regexes now (the linear-time ones are slow to build: call it off the request path).</summary>
    public void Prepare()
    {
        _ = _named.Value;
        _ = LinearTime(0);
    }

    /// <summary>How many linear-time regexes the rules took (1 unless they passed <see cref="AutomatonNodeCap"/>); builds them.</summary>
    internal int AutomatonCount => LinearTime(0).Count;

    /// <summary>How many times the linear-time regexes were built (0 until a long message or <see cref="Prepare"/>).</summary>
    internal int LinearTimeBuilds { get; private set; }

    /// <summary>The name of the first rule, in order, that matches <paramref name="normalized"/>, or null.</summary>
    public string? Match(string normalized)
    {
        if (normalized.Length <= ShortMessageLimit)
        {
            return _named.Value.FirstOrDefault(rule => rule.Regex.IsMatch(normalized))?.Name;
        }

        // The joined regex says whether a chunk matches and where; the rule is then named with the interpreter on a window
        // around the match, which keeps that engine's time bounded. The window holds the whole match and the characters
        // either side of it (the rules have no lookarounds), so the rule that matched there is always found in it.
        foreach (var chunk in LinearTime(normalized.Length))
        {
            var found = chunk.Joined.Match(normalized);
            var window = found.Success ? Window(normalized, found) : null;
            if (window is not null && chunk.Rules.FirstOrDefault(rule => rule.Regex.IsMatch(window)) is { } rule)
            {
                return rule.Name;
            }
        }

        return null;
    }

    /// <summary>Replaces every match in <paramref name="normalized"/> with a word break.</summary>
    public string Blank(string normalized)
    {
        if (normalized.Length <= ShortMessageLimit)
        {
            return BlankRuleByRule(normalized);
        }

        foreach (var chunk in LinearTime(normalized.Length))
        {
            if (chunk.Joined.IsMatch(normalized))
            {
                normalized = chunk.Joined.Replace(normalized, Blanked);
            }
        }

        return normalized;
    }

    // What Replace does with the rules joined by '|' (the leftmost match; at one position, the first rule in order; then
    // on from the match's end), done rule by rule: each regex keeps its own search for its first characters, where the
    // joined one tries every rule at every position (3x slower). A rule's leftmost match from an earlier position still
    // holds while it starts at or after the current one, so each rule is searched again only once it has been passed.
    private string BlankRuleByRule(string text)
    {
        var rules = _named.Value;
        var next = new System.Text.RegularExpressions.Match?[rules.Length];
        StringBuilder? blanked = null;
        var position = 0;
        while (position <= text.Length)
        {
            System.Text.RegularExpressions.Match? first = null;
            for (var i = 0; i < rules.Length; i++)
            {
                if (next[i] is not { } match || (match.Success && match.Index < position))
                {
                    match = next[i] = rules[i].Regex.Match(text, position);
                }

                if (match.Success && (first is null || match.Index < first.Index))
                {
                    first = match;
                }
            }

            if (first is null)
            {
                break;
            }

            blanked ??= new StringBuilder(text.Length + 16);
            blanked.Append(text, position, first.Index - position).Append(Blanked);
            position = first.Index + first.Length;
            if (first.Length == 0)
            {
                // As Replace does after an empty match: keep the next character and search on after it.
                if (position < text.Length)
                {
                    blanked.Append(text[position]);
                }

                position++;
            }
        }

        if (blanked is null)
        {
            return text;
        }

        // After an empty match at the very end, position is one past it.
        if (position < text.Length)
        {
            blanked.Append(text, position, text.Length - position);
        }

        return blanked.ToString();
    }

    private static string Window(string text, System.Text.RegularExpressions.Match found)
    {
        const int Context = 200;
        var start = Math.Max(0, found.Index - Context);
        var end = Math.Min(text.Length, found.Index + found.Length + Context);
        return text[start..end];
    }

    // The current linear-time regexes, counting the characters they are given; built afresh once over the budget (the
    // message that passes it still uses the old ones; racing threads may both build, and one set is kept).
    private List<PatternChunk> LinearTime(int length)
    {
        var current = Volatile.Read(ref _linear);
        if (current is null || Interlocked.Read(ref current.CharactersRead) > LongTextBudget)
        {
            lock (_rebuild)
            {
                current = _linear;
                if (current is null || Interlocked.Read(ref current.CharactersRead) > LongTextBudget)
                {
                    current = new LinearTimeRegexes(BuildChunks());
                    Volatile.Write(ref _linear, current);
                    LinearTimeBuilds++;
                }
            }
        }

        Interlocked.Add(ref current.CharactersRead, length);
        return current.Chunks;
    }

    private List<PatternChunk> BuildChunks()
    {
        if (AppContext.GetData(AutomatonNodeCapSetting) is not (int and >= AutomatonNodeCap))
        {
            AppContext.SetData(AutomatonNodeCapSetting, AutomatonNodeCap);
        }

        var chunks = new List<PatternChunk>();
        AddChunks(0, _rules.Count, chunks);
        return chunks;
    }

    private void AddChunks(int start, int end, List<PatternChunk> chunks)
    {
        if (end <= start)
        {
            return;
        }

        Regex joined;
        try
        {
            joined = new(string.Join('|', _rules.Skip(start).Take(end - start).Select(rule => $"(?:{rule.Pattern})")), LongOptions);
        }
        catch (NotSupportedException) when (end - start > 1)
        {
            var middle = (start + end) / 2;
            AddChunks(start, middle, chunks);
            AddChunks(middle, end, chunks);
            return;
        }

        chunks.Add(new PatternChunk(joined, _named.Value[start..end]));
    }

    private sealed record PatternChunk(Regex Joined, NamedRule[] Rules);

    private sealed record NamedRule(string Name, Regex Regex);

    private sealed class LinearTimeRegexes(List<PatternChunk> chunks)
    {
        public long CharactersRead;

        public List<PatternChunk> Chunks { get; } = chunks;
    }
}
