using System.ComponentModel.DataAnnotations;
using FaqBot.Core.Validation;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>A named rule that drops a section: a header line and the items that follow it.</summary>
public sealed class SectionRule
{
    /// <summary>The rule name recorded on each dropped line (e.g. "recent-posts").</summary>
    [Required] public string Name { get; set; } = "";

    /// <summary>Regular expression the header block must match (case-insensitive).</summary>
    [Required, RegexPattern] public string HeaderPattern { get; set; } = "";

    /// <summary>Regular expression each following block must match to be dropped; when empty, short list items and short lines are dropped up to the next real paragraph.</summary>
    [RegexPattern] public string? ItemPattern { get; set; }

    /// <summary>Creates an empty rule (for configuration binding).</summary>
    public SectionRule()
    {
    }

    /// <summary>Creates a rule with a name, header pattern and optional item pattern.</summary>
    public SectionRule(string name, string headerPattern, string? itemPattern = null)
    {
        Name = name;
        HeaderPattern = headerPattern;
        ItemPattern = itemPattern;
    }
}
