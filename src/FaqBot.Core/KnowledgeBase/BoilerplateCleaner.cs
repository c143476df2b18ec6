using System.Text.RegularExpressions;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Applies the boilerplate rules to a document's blocks; frozen and thread-safe once built.</summary>
internal sealed class BoilerplateCleaner
{
    private const string RepeatedRule = "repeated-line";
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly List<(LineRule Rule, Regex Regex)> _lineRules = [];
    private readonly List<(SectionRule Rule, Regex Header, Regex? Item)> _sectionRules = [];

    /// <summary>Compiles the rules; a bad pattern fails here with the configuration key named.</summary>
    public BoilerplateCleaner(BoilerplateRules rules)
    {
        var index = 0;
        foreach (var rule in rules.EffectiveLineRules())
        {
            _lineRules.Add((rule, Compile(rule.Pattern, $"LineRules[{index++}] '{rule.Name}'")));
        }

        index = 0;
        foreach (var rule in rules.EffectiveSectionRules())
        {
            var key = $"SectionRules[{index++}] '{rule.Name}'";
            var item = string.IsNullOrWhiteSpace(rule.ItemPattern) ? null : Compile(rule.ItemPattern, key);
            _sectionRules.Add((rule, Compile(rule.HeaderPattern, key), item));
        }
    }

    /// <summary>The normalized key a block is counted under for the repeated-line rule.</summary>
    public static string RepeatKey(Block block) => block.MatchText.Trim().ToLowerInvariant();

    /// <summary>Drops boilerplate blocks; returns the kept blocks and records each dropped line.</summary>
    public List<Block> Clean(IReadOnlyList<Block> blocks, string sourceFile, IReadOnlySet<string> repeated, List<DroppedLine> dropped)
    {
        var kept = new List<Block>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var section = _sectionRules.FirstOrDefault(s => s.Header.IsMatch(block.MatchText) && block.Words <= 6);
            if (section.Rule is not null)
            {
                Drop(block, section.Rule.Name, sourceFile, dropped);
                i = DropSection(blocks, i + 1, section.Item, section.Rule.Name, sourceFile, dropped) - 1;
                continue;
            }

            var rule = LineRuleFor(block);
            if (rule is not null)
            {
                Drop(block, rule, sourceFile, dropped);
            }
            else if (!IntroducesParagraph(blocks, i) && repeated.Contains(RepeatKey(block)))
            {
                Drop(block, RepeatedRule, sourceFile, dropped);
            }
            else
            {
                kept.Add(block);
            }
        }

        return kept;
    }

    /// <summary>Records every line of a block as dropped by a rule.</summary>
    public static void Drop(Block block, string rule, string sourceFile, List<DroppedLine> dropped)
    {
        var lines = block.Text.Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            dropped.Add(new DroppedLine(sourceFile, block.StartLine == 0 ? 0 : block.StartLine + k, lines[k], rule)
            {
                Page = block.Page > 0 ? block.Page : null,
            });
        }
    }

    private string? LineRuleFor(Block block)
    {
        foreach (var (rule, regex) in _lineRules)
        {
            if ((rule.MaxWords == 0 || block.Words <= rule.MaxWords) && IsMatch(regex, block.MatchText))
            {
                return rule.Name;
            }
        }

        return null;
    }

    // A heading shared by many pages ("Overview", "Conclusion") is structure, not chrome: keep it when a real
    // paragraph follows.
    private static bool IntroducesParagraph(IReadOnlyList<Block> blocks, int i) =>
        blocks[i].Kind == BlockKind.Heading
        || (TextHeuristics.IsHeadingLike(blocks[i].MatchText) && i + 1 < blocks.Count && blocks[i + 1].Words > 12);

    // Drops the blocks after a section header; returns the index of the first block kept.
    private int DropSection(IReadOnlyList<Block> blocks, int i, Regex? item, string rule, string sourceFile, List<DroppedLine> dropped)
    {
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (_sectionRules.Any(s => s.Header.IsMatch(block.MatchText)))
            {
                return i;
            }

            var belongs = item is not null ? item.IsMatch(block.MatchText) : IsShortListLine(blocks, i);
            if (!belongs)
            {
                return i;
            }

            Drop(block, rule, sourceFile, dropped);
        }

        return i;
    }

    // Post lists are short items; the section ends at a real paragraph, or at a heading that introduces one.
    private static bool IsShortListLine(IReadOnlyList<Block> blocks, int i)
    {
        var block = blocks[i];
        if (block.Kind == BlockKind.Heading)
        {
            return false;
        }

        if (block.IsItem)
        {
            return block.Words <= 25;
        }

        if (block.Words > 12)
        {
            return false;
        }

        var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
        return !(TextHeuristics.IsHeadingLike(block.MatchText) && next is { IsItem: false, Words: > 12 });
    }

    // A configured pattern that backtracks too long must not stop the load: it simply does not match.
    private static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex Compile(string pattern, string key)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"KnowledgeBase:Boilerplate {key}: invalid regular expression '{pattern}': {ex.Message}", ex);
        }
    }
}
