using System.Text.RegularExpressions;

namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Many named rules compiled into ONE regex of named alternatives, so a message is scanned once per
/// category instead of once per rule; the first alternative that matched names the rule.
/// </summary>
internal sealed class PatternSet
{
    private readonly Regex _regex;
    private readonly string[] _names;

    public PatternSet(IReadOnlyList<TriageRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _names = [.. rules.Select(rule => rule.Name)];

        // ExplicitCapture: only our numbered wrapper groups capture, so group i + 1 is rule i.
        var alternatives = rules.Select((rule, i) => $"(?<r{i}>{rule.Pattern})");
        _regex = new Regex(
            string.Join('|', alternatives),
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>The name of a rule that matches <paramref name="normalized"/>, or null.</summary>
    public string? Match(string normalized)
    {
        var match = _regex.Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (match.Groups[$"r{i}"].Success)
            {
                return _names[i];
            }
        }

        return null;
    }
}
