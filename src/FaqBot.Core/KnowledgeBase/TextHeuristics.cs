using System.Text.RegularExpressions;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Small text tests shared by the readers and the passage builder.</summary>
internal static partial class TextHeuristics
{
    private const string ClosingChars = "\"”’')]»";

    /// <summary>Counts whitespace-separated words.</summary>
    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The last meaningful character, skipping closing quotes and brackets.</summary>
    public static char LastChar(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd(ClosingChars.ToCharArray());
        return trimmed.Length == 0 ? '\0' : trimmed[^1];
    }

    /// <summary>True when the text ends a sentence (. ! ?).</summary>
    public static bool EndsSentence(string text) => LastChar(text) is '.' or '!' or '?';

    /// <summary>True for a line that can be a heading: short, no final . ! ; : or comma, no sentence break inside.</summary>
    public static bool IsHeadingLike(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 100 || ItemKindOf(trimmed) != BlockKind.Text || WordCount(trimmed) > 12)
        {
            return false;
        }

        return LastChar(trimmed) is not ('.' or '!' or ';' or ':' or ',') && !trimmed.Contains(". ", StringComparison.Ordinal);
    }

    /// <summary>True for a title line: heading-like, or a short question.</summary>
    public static bool IsTitleLike(string text) =>
        IsHeadingLike(text) || (LastChar(text) == '?' && WordCount(text) <= 15 && ItemKindOf(text.Trim()) == BlockKind.Text);

    /// <summary>Classifies a line as a list item kind, or Text.</summary>
    public static BlockKind ItemKindOf(string line)
    {
        if (DashItemRegex().IsMatch(line))
        {
            return BlockKind.DashItem;
        }

        if (NumberedItemRegex().IsMatch(line))
        {
            return BlockKind.NumberedItem;
        }

        var term = TermItemRegex().Match(line);
        return term.Success && WordCount(term.Groups[1].Value) <= 5 && EndsSentence(line) ? BlockKind.TermItem : BlockKind.Text;
    }

    /// <summary>"ketamine-boosts-neuroplasticity.txt" → "Ketamine boosts neuroplasticity".</summary>
    public static string HumanizeFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).Replace('-', ' ').Replace('_', ' ');
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return name.Length == 0 ? path : char.ToUpperInvariant(name[0]) + name[1..];
    }

    [GeneratedRegex(@"^[-*•]\s+\S")]
    private static partial Regex DashItemRegex();

    [GeneratedRegex(@"^\d{1,3}[.)]\s+\S")]
    private static partial Regex NumberedItemRegex();

    [GeneratedRegex(@"^([^\s:][^:]{0,48}):\s+\S")]
    private static partial Regex TermItemRegex();
}
