namespace FaqBot.Core.KnowledgeBase;

/// <summary>What a source block is, before passages are formed.</summary>
internal enum BlockKind
{
    /// <summary>Plain text: a paragraph, a heading candidate (txt) or a lead-in.</summary>
    Text,

    /// <summary>An explicit heading (Markdown or HTML).</summary>
    Heading,

    /// <summary>A dash or bullet list item.</summary>
    DashItem,

    /// <summary>A numbered list item.</summary>
    NumberedItem,

    /// <summary>A "Term: explanation." line.</summary>
    TermItem,

    /// <summary>A table row (PDF, DOCX), its cells joined by " | ".</summary>
    TableRow,
}
