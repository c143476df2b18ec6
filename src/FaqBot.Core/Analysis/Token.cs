namespace FaqBot.Core.Analysis;

/// <summary>One term produced by analysis, with its position and its offsets into the original text.</summary>
/// <param name="Text">The term text after the filters that have run so far.</param>
/// <param name="Position">The token's position; a synonym shares the position of the word it replaces.</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset just past the last character in the original text.</param>
/// <param name="Flags">Marks set by filters (keyword protection, synonym).</param>
public readonly record struct Token(string Text, int Position, int Start, int End, TokenFlags Flags = TokenFlags.None)
{
    /// <summary>True when a filter protected this token from stemming.</summary>
    public bool IsKeyword => (Flags & TokenFlags.Keyword) != 0;

    /// <summary>True when this token was injected by the synonym filter.</summary>
    public bool IsSynonym => (Flags & TokenFlags.Synonym) != 0;
}
