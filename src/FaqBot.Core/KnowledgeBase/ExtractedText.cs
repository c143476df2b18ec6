using System.Text;
using FaqBot.Core.Strings;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Normalises text extracted from a PDF or Word file: ligatures spelled out, soft hyphens and control characters removed, spaces collapsed.</summary>
internal static class ExtractedText
{
    /// <summary>The cleaned text of one line.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\uFEFF':
                    break; // soft hyphen, zero-width space, BOM: invisible in the PDF
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\uFB05' or '\uFB06': sb.Append("st"); break;
                default:
                    sb.Append(char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return Whitespace.Collapse(sb.ToString());
    }
}
