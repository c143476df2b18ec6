using System.ComponentModel.DataAnnotations;
using FaqBot.Core.Validation;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>A named boilerplate rule: a block whose whole text matches <see cref="Pattern"/> is dropped.</summary>
public sealed class LineRule
{
    /// <summary>The rule name recorded on each dropped line (e.g. "byline").</summary>
    [Required] public string Name { get; set; } = "";

    /// <summary>A .NET regular expression, matched case-insensitively against the block text (lines joined by spaces).</summary>
    [Required, RegexPattern] public string Pattern { get; set; } = "";

    /// <summary>Longest block (in words) the rule may drop; 0 means no limit.</summary>
    /// <value>The default value is 0.</value>
    [Range(0, 10_000)] public int MaxWords { get; set; }

    /// <summary>Creates an empty rule (for configuration binding).</summary>
    public LineRule()
    {
    }

    /// <summary>Creates a rule with a name, pattern and optional word limit.</summary>
    public LineRule(string name, string pattern, int maxWords = 0)
    {
        Name = name;
        Pattern = pattern;
        MaxWords = maxWords;
    }
}
