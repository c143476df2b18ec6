using System.Text;

namespace FaqBot.Core.Analysis;

/// <summary>Parses Solr synonym lines and merges them into rules; used by <see cref="SynonymMap.Parse"/>.</summary>
internal sealed class SynonymMapBuilder(string sourceName, Analyzer termAnalyzer)
{
    private readonly Dictionary<string, (List<string[]> Alternatives, bool KeepOriginal)> _rules = new(StringComparer.Ordinal);

    public void AddLine(string line, int lineNumber)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#')
        {
            return;
        }

        var sides = Split(trimmed, "=>");
        if (sides.Count > 2)
        {
            throw Error(lineNumber, "more than one '=>'");
        }

        var left = Terms(sides[0], lineNumber);
        if (sides.Count == 2)
        {
            var right = Terms(sides[1], lineNumber);
            foreach (var input in left)
            {
                Add(input, right, keepOriginal: false);
            }

            return;
        }

        foreach (var input in left)
        {
            Add(input, left.Where(other => !SameTerms(other, input)).ToList(), keepOriginal: true);
        }
    }

    public Dictionary<string, SynonymRule> Build() =>
        _rules.ToDictionary(pair => pair.Key, pair => new SynonymRule(pair.Value.Alternatives, pair.Value.KeepOriginal), StringComparer.Ordinal);

    private void Add(string[] input, List<string[]> outputs, bool keepOriginal)
    {
        var key = string.Join(SynonymMap.KeySeparator, input);
        if (!_rules.TryGetValue(key, out var rule))
        {
            rule = ([], false);
        }

        foreach (var output in outputs)
        {
            if (!rule.Alternatives.Any(existing => SameTerms(existing, output)))
            {
                rule.Alternatives.Add(output);
            }
        }

        // An equivalence rule anywhere keeps the original, as Lucene would emit it among the outputs.
        _rules[key] = (rule.Alternatives, rule.KeepOriginal || keepOriginal);
    }

    private List<string[]> Terms(string side, int lineNumber)
    {
        if (side.Trim().Length == 0)
        {
            throw Error(lineNumber, "a side of the rule is empty");
        }

        var result = new List<string[]>();
        foreach (var raw in Split(side, ","))
        {
            var term = Unescape(raw).Trim();
            if (term.Length == 0)
            {
                throw Error(lineNumber, "empty term");
            }

            var tokens = termAnalyzer.Analyze(term);
            if (tokens.Count == 0)
            {
                throw Error(lineNumber, $"term '{term}' analyzes to nothing (a stop word?)");
            }

            result.Add([.. tokens.Select(token => token.Text)]);
        }

        return result;
    }

    private SynonymFormatException Error(int lineNumber, string reason) => new(sourceName, lineNumber, reason);

    private static bool SameTerms(string[] a, string[] b) => a.AsSpan().SequenceEqual(b);

    // Splits on a separator that is not preceded by a backslash escape; escapes are kept for Unescape.
    private static List<string> Split(string text, string separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                parts.Add(text[start..i]);
                i += separator.Length - 1;
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
