namespace FaqBot.Core.KnowledgeBase.Pdf;

/// <summary>One line of a PDF page in reading order: its words joined by spaces, and how it looks.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Text">The words of the line, joined by single spaces (table cells by " | ").</param>
/// <param name="Left">Left edge of the line's first word.</param>
/// <param name="Right">Right edge of the line's last word.</param>
/// <param name="Baseline">Baseline height (PDF units: larger is higher on the page).</param>
/// <param name="FontSize">Dominant font size of the line's letters.</param>
/// <param name="Bold">True when most of the line's letters are bold.</param>
/// <param name="Flow">The text flow the line belongs to: 0 for full-width text, otherwise a column's id.</param>
/// <param name="FlowRight">Right edge of the line's flow (the page text area or its column).</param>
internal sealed record PdfLine(int Page, string Text, double Left, double Right, double Baseline, double FontSize, bool Bold, int Flow, double FlowRight)
{
    /// <summary>True for a table row (cells joined by " | ").</summary>
    public bool IsTableRow { get; init; }

    /// <summary>Document-wide 1-based number of the line in the extraction, for <c>faqbot index --explain</c>.</summary>
    public int Number { get; set; }
}
