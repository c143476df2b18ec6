using System.ComponentModel.DataAnnotations;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Web boilerplate cleaning rules for .txt and .md documents: built-in defaults plus configured extras.</summary>
public sealed class BoilerplateRules
{
    /// <summary>Whether the built-in rules (<see cref="DefaultLineRules"/>, <see cref="DefaultSectionRules"/>) apply.</summary>
    /// <value>The default value is true.</value>
    public bool UseDefaultRules { get; set; } = true;

    /// <summary>Extra line rules from configuration, applied after the defaults.</summary>
    public List<LineRule> ExtraLineRules { get; set; } = [];

    /// <summary>Extra section rules from configuration, applied after the defaults.</summary>
    public List<SectionRule> ExtraSectionRules { get; set; } = [];

    /// <summary>A line found in at least this fraction of documents is dropped as repeated boilerplate.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, 1.0)]
    public double RepeatedLineMinFraction { get; set; } = 0.5;

    /// <summary>The repeated-line rule only runs when the knowledge base has at least this many documents.</summary>
    /// <value>The default value is 3.</value>
    [Range(2, int.MaxValue)]
    public int RepeatedLineMinDocuments { get; set; } = 3;

    /// <summary>A stand-alone sentence of at most this many words (a slogan such as "Make Way for More You.") is dropped; 0 disables.</summary>
    /// <value>The default value is 5.</value>
    [Range(0, 20)]
    public int ShortFragmentMaxWords { get; set; } = 5;

    /// <summary>The built-in line rules, judged against the seed pages.</summary>
    public static IReadOnlyList<LineRule> DefaultLineRules { get; } =
    [
        new("byline", @"^(?:[-*•]\s*)?(?:Posted|Written|Published)\s+(?:by|on)\b.*$", 8),
        new("byline", @"^(?:[-*•]\s*)?(?:\d+\s+)?Comments?(?:\s*\(?\d+\)?)?$"),
        new("no-comments", @"^No comments(?: to show| yet)?\.?$"),
        new("also-read", @"^(?:Also Read|Read Also|Read More|See Also)\s*:.*$", 30),
        new("image", @"^\S*\.(?:jpe?g|png|gif|webp|svg|avif)\)?$"),
        new("image", @"^!\[[^\]]*\]\([^)]*\)$"),
        // Marketing CTAs are dropped only while short, so a long informative paragraph that happens to
        // mention booking is never lost.
        new("call-to-action", @"\bBook (?:a|an|your)(?: free)? (?:consultation|appointment)\b", 20),
        new("call-to-action", @"^(?:New Patient |Patient |Intake |Consultation )(?:Survey|Form)$"),
        new("call-to-action", @"^Learn more about\b.*\bcan (?:support|help)\b.*$", 20),
        // Only a stand-alone line: seed 003 line 69 ends with "Reach out through our contact page." after a
        // real sentence, and must stay.
        new("call-to-action", @"^(?:Reach out|Contact us|Call us|Get in touch)\b[^.!?]*[.!]?$", 12),
    ];

    /// <summary>The built-in section rules: post/comment lists and reference lists.</summary>
    public static IReadOnlyList<SectionRule> DefaultSectionRules { get; } =
    [
        new("recent-posts", @"^(?:Recent|Related|Popular|Latest) (?:Posts|Articles|Stories)$"),
        new("recent-comments", @"^Recent Comments$"),
        // Citations are not answers a patient can read; dropping them is recorded per line as "references".
        new("references", @"^(?:References|Sources|Bibliography|Citations|Works Cited)$",
            @"(?:\(\d{4}[a-z]?\)|\bdoi\b|https?://|\bet al\.)"),
    ];

    /// <summary>The line rules in force: defaults (when enabled) then extras.</summary>
    public IEnumerable<LineRule> EffectiveLineRules() =>
        (UseDefaultRules ? DefaultLineRules : []).Concat(ExtraLineRules);

    /// <summary>The section rules in force: defaults (when enabled) then extras.</summary>
    public IEnumerable<SectionRule> EffectiveSectionRules() =>
        (UseDefaultRules ? DefaultSectionRules : []).Concat(ExtraSectionRules);
}
